"""A small tokenizer and report writer: character loops over text (Latin-1 and beyond), membership
tests on str and dict, joins of lists and tuples (and their errors), f-strings of ints, floats,
bools and subclasses, string % formatting, truth tests of everyday values in conditions."""

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n"}


def tokenize(text):
    tokens = []
    word = []
    for ch in text:
        if ch in " \t\n":
            if word:
                tokens.append("".join(word))
                word = []
        elif ch in ESCAPES:
            tokens.append(ESCAPES[ch])
        else:
            word.append(ch)
    if word:
        tokens.append("".join(word))
    return tokens


def scan(text):
    counts = {}
    for i in range(len(text)):
        ch = text[i]
        counts[ch] = counts.get(ch, 0) + 1
    return counts


text = 'naïve café "quoted" back\\slash\nline two ünïcödé 😀 emoji\tend'
print(tokenize(text))
counts = scan("mississippi ßtraße")
print(sorted(counts.items()))
s = "héllo"
print(s[1] is s[1], s[1] == "é", [c for c in s], list(reversed(s)))
print(hash(s[0]) == hash("h"), {s[0]: 1}["h"], "h" in {s[0]: 2})

# membership
print("ab" in "cabd", "" in "x", "z" in "", "😀" in text, "\ud83d" in "plain")
d = {"a": 1, (1, 2): 3, 4: "four"}
print("a" in d, "b" not in d, (1, 2) in d, 4.0 in d, True in {1: "one"})
try:
    print([1] in d)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError", e)


class Bag(dict):
    def __contains__(self, key):
        return key == "anything"


class Text(str):
    def __contains__(self, item):
        return True


print("anything" in Bag(), "a" in Bag(a=1), "zz" in Text("abc"), "zz" not in Text("abc"))

# joins
print("-".join(["a", "b", "c"]), ", ".join(("x", "y")), "".join([]), "|".join(("solo",)))
print("".join(c.upper() for c in "gen"), "+".join({"k": 1, "j": 2}), "/".join(Text("ab")))
for bad in (["a", 1], ("a", "b", None), [b"x"]):
    try:
        print("".join(bad))
    except TypeError as e:
        print("TypeError", e)


class Name(str):
    pass


print("::".join([Name("p"), "q", Name("r")]))

# f-strings and % of plain and derived numbers
class Count(int):
    def __format__(self, spec):
        return "count!"

    def __str__(self):
        return "C"


class Ratio(float):
    def __str__(self):
        return "R"


for v in (0, -7, 10**25, 3.0, -0.5, 1e22, 1e-7, float("inf"), True, None, Count(3), Ratio(2.5), "s"):
    print(f"{v}|{v!r}|{v!s}", "%s" % (v,))
print(f"{12:5}|{3.14159:.2f}|{'x':>3}|{-4:+d}")

# truth tests
for v in (0, 1, -1, 10**30, 0.0, "", "a", [], [0], (), None, {}, Count(0), Name(""), Ratio(0.0)):
    print(repr(v), "yes" if v else "no", not v, v and "and", v or "or")
n = 5
while n:
    n -= 1
print(n)
