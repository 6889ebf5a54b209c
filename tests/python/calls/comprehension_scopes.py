# Comprehensions: their own scope, nested loops and conditions, the walrus leaking out, class bodies.

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print({x % 3: x for x in range(10)}, {c for c in "mississippi" if c != "s"} == {"m", "i", "p"})
print(sum(x * x for x in range(10) if x % 2), list(x for x in "abc"), tuple(i for i in range(3)))
x = "outer"
result = [x for x in range(3)]
print(result, x)
print([(a, b) for a in range(3) for b in range(a)], [a for a in range(10) if a % 2 if a % 3])
print([y for y in range(4) if (z := y * 10) > 10], z)
total = 0
running = [total := total + n for n in range(5)]
print(running, total)
words = ["apple", "Bob", "cat", "Dave"]
print([w.lower() if w[0].isupper() else w.upper() for w in words])
print({w: len(w) for w in words if len(w) > 3}, dict(zip(words, map(len, words))))
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [v for sub in nested for v in sub])


class Config:
    base = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        broken = [v * base for v in values]
    except NameError as e:
        error = str(e)
    first = [base for _ in range(1)] if False else None


print(Config.scaled, Config.error)
gen = (n * n for n in range(4))
print(next(gen), list(gen), list(gen))
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)


def make():
    factor = 3
    return [lambda: i * factor for i in range(3)], [(lambda i=i: i * factor) for i in range(3)]


late, early = make()
print([f() for f in late], [f() for f in early])
pairs = {(i, j): i * j for i in range(1, 3) for j in range(1, 3)}
print(pairs, sorted({frozenset((a, b)) for a in "ab" for b in "ab"}, key=sorted))
data = {"a": [1, 2], "b": [], "c": [3]}
print({k: v for k, v in data.items() if v}, [k for k, v in sorted(data.items(), key=lambda kv: len(kv[1]))])
squares = {n: n * n for n in range(5)}
inverted = {v: k for k, v in squares.items()}
print(inverted, [squares[k] for k in sorted(squares, reverse=True)])
lines = ["# comment", "key = value", "", "  other=2  ", "bad line"]
parsed = dict(line.split("=", 1) for line in (l.strip() for l in lines) if line and not line.startswith("#") and "=" in line)
print({k.strip(): v.strip() for k, v in parsed.items()})
print([i for i in range(3)] == list(range(3)), [[0] * 2 for _ in range(2)], [c * 2 for c in "hi"])
evens = [n for n in range(20) if not n % 2]
print(evens[::3], len(evens), any(n > 15 for n in evens), all(n % 2 == 0 for n in evens))


def gen_scope():
    items = [1, 2, 3]
    g = (i * 2 for i in items)
    items = [10, 20]
    return list(g)


print(gen_scope())
try:
    [i for i in 5]
except TypeError as e:
    print("TypeError:", e)
