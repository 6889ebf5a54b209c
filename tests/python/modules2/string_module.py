import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"), string.capwords(" x y "))
t = string.Template("$who likes $what, costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea", "price": 2}))
print(t.safe_substitute(who="bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("${a}${b}").substitute(a=1, b=2), string.Template("$a").template)


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is %age").substitute(name="Al", age=3))
f = string.Formatter()
print(f.format("{0} + {1} = {2:>4}", 1, 2, 3), f.format("{name!r}", name="x"))
print(list(f.parse("a{0}b{x:>3}c{{")))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(caesar))
print("".join(c for c in "H3ll0, W0rld!" if c in string.ascii_letters))
print(sum(c in string.punctuation for c in "Hi! How's it going? Fine."))
print([string.ascii_uppercase.index(c) for c in "HAL"], string.digits[::-1])
