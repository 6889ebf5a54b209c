# Keyword arguments, defaults, *args and **kwargs in hot call sites.
def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting} {name}{punct}"


out = []
for i in range(3000):
    if i % 3 == 0:
        out.append(greet("bob"))
    elif i % 3 == 1:
        out.append(greet(name="amy", punct="."))
    else:
        out.append(greet("cy", "hi", punct="?"))
print(out[:3], len(set(out)))


def collect(*args, **kwargs):
    return len(args), sorted(kwargs)


print([collect(*range(i % 4), **{chr(97 + j): j for j in range(i % 3)}) for i in range(6)])
try:
    greet()
except TypeError as e:
    print(e)
try:
    greet("x", bogus=1)
except TypeError as e:
    print(e)
