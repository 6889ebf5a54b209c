# An accumulator whose type drifts inside a hot loop: int -> float -> complex -> str, and back.


def drift(n):
    acc = 0
    history = []
    for i in range(n):
        if i == n // 4:
            acc = float(acc)
        elif i == n // 2:
            acc = complex(acc, 1)
        elif i == 3 * n // 4:
            acc = f"{acc.real:.0f}"
        if isinstance(acc, str):
            acc = acc + str(i % 10)
        else:
            acc = acc + i
        if i % (n // 8) == 0:
            history.append(type(acc).__name__)
    return acc, history


result, types = drift(4000)
print(len(result), result[:12], result[-12:], types)


def mixed_sum(values):
    total = 0
    for v in values:
        total += v
    return total


print(mixed_sum(range(10000)), mixed_sum([1, 2.5] * 500), mixed_sum([True] * 300 + [2**70]), mixed_sum([1j] * 3))
print(mixed_sum([[1]] * 3) if False else mixed_sum([0] * 5000 + [0.5]))
try:
    mixed_sum([1] * 3000 + ["x"])
except TypeError as e:
    print("TypeError:", e)


def poly(items):
    out = []
    for x in items:
        out.append(x * 2)
    return out


data = list(range(2000)) + [1.5, "ab", [1], (2,), 2**64]
r = poly(data)
print(r[:3], r[-5:], len(r))


def switch_every(n):
    values = [1, 1.0, "1", (1,), None]
    counts = {}
    for i in range(n):
        v = values[i % 5]
        key = type(v).__name__
        counts[key] = counts.get(key, 0) + (v == 1)
    return counts


print(switch_every(5000))
x = 0
for i in range(3000):
    x = x + 1 if i < 1500 else x + 0.5
print(x, type(x).__name__)
