# Tuples built and unpacked at once (kept virtual by the JIT) next to tuples that escape: stored
# in lists, returned, compared by identity, used as dict keys, overflowing into bignums.


def fib_pairs(n):
    a, b = 0, 1
    seen = []
    for i in range(n):
        a, b = b, a + b
        if i % 25 == 0:
            pair = (a, b)  # this one escapes
            seen.append(pair)
    return a, seen


last, pairs = fib_pairs(300)
print(last)
print(len(pairs), pairs[:3], pairs[-1][0] % 1000003)


def rotate(n):
    x, y, z = 1.5, -2.0, 0.25
    history = []
    for i in range(n):
        x, y, z = y, z, x + y * 0.5
        if i % 100 == 99:
            t = x, y, z
            history.append(t)
            history.append(t is t)
    return (x, y, z), history[:4], len(history)


print(rotate(1000))


def swaps(items):
    out = []
    for i in range(len(items) - 1):
        items[i], items[i + 1] = items[i + 1], items[i]
        lo, hi = (items[i], items[i + 1]) if items[i] < items[i + 1] else (items[i + 1], items[i])
        out.append((lo, hi))
    return items, out[-3:]


print(swaps(list(range(2000)))[1])


def gcd_steps(pairs):
    results = {}
    for a, b in pairs:
        steps = 0
        while b:
            a, b = b, a % b
            steps += 1
        results[(a, steps)] = results.get((a, steps), 0) + 1
    return sorted(results.items())[:6]


print(gcd_steps([(i * 7919, i * 104729 + 13) for i in range(1, 1500)]))


def mixed(n):
    a, b = 1, 2.5
    for i in range(n):
        a, b = b, a  # the kinds swap every iteration
        if i == n // 2:
            a, b = "s", None
    return a, b


print(mixed(1001), mixed(1000))


def big(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a * 3 + b  # overflows into bignums mid-loop
    return a % 10**9, len(str(b))


print(big(400))
