"""Numeric kernels called many times: integer and float accumulators whose values change type
(int overflowing into bignums, ints meeting floats, bools taking part in arithmetic)."""


def triangle(n):
    total = 0
    for i in range(n):
        total += i
    return total


def weighted(values, weight):
    acc = 0
    for v in values:
        acc = acc * weight + v
    return acc


def mean_and_spread(xs):
    s = 0.0
    sq = 0.0
    for x in xs:
        s += x
        sq += x * x
    m = s / len(xs)
    return m, sq / len(xs) - m * m


def count_flags(flags):
    n = 0
    for f in flags:
        n += f
    return n


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


results = []
for k in range(300):
    results.append(triangle(k))
print(sum(results), results[-1])

for w in (2, 10, 2 ** 31, 2 ** 62):
    print(w, weighted(list(range(1, 40)), w))

for data in ([1, 2, 3, 4], [1.5, 2.5, 3.5], [1, 2.0, 3, 4.0], [10 ** 20, 1, 2]):
    m, var = mean_and_spread(data)
    print(repr(m), repr(var))

print(count_flags([True, False, True, True] * 100), count_flags([1, True, 2.5, False]))
best = max(range(1, 3000), key=collatz_steps)
print(best, collatz_steps(best))
big = 1
for i in range(1, 60):
    big = big * i + (i & 3)
print(big, big.bit_length(), -big // 7, -big % 7)
