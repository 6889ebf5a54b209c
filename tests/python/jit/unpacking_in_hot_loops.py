# Sequence unpacking of every shape in hot loops, including failures.
pairs = [(i, i * i) for i in range(3000)]
s = 0
for a, b in pairs:
    s += b - a
print(s)
acc = []
for first, *rest in [[1, 2, 3], [4], (5, 6), "xyz"]:
    acc.append((first, rest))
print(acc)
for i in range(2000):
    a, (b, c), *d = i, (i + 1, i + 2), i + 3, i + 4
print(a, b, c, d)
errors = 0
for item in [(1, 2), (1, 2, 3), (1,), "ab", 7] * 400:
    try:
        x, y = item
    except (ValueError, TypeError) as e:
        errors += 1
        msg = str(e)
print(errors, msg)
d = {i: str(i) for i in range(5)}
print([k + len(v) for k, v in d.items()])
