# Builtins patched through the builtins module while compiled loops call them, then restored.
import builtins

original_sum = builtins.sum
original_max = builtins.max


def stats(rows):
    return [(sum(r), max(r)) for r in rows]


rows = [[i, i + 1, i + 2] for i in range(1000)]
before = stats(rows)
builtins.sum = lambda r: -1
after = stats(rows)
builtins.max = lambda r: "max"
later = stats(rows[:2])
builtins.sum = original_sum
builtins.max = original_max
print(before[:2], after[:2], later, stats(rows[:1]))

calls = 0
real_abs = builtins.abs


def counting_abs(v):
    global calls
    calls += 1
    return real_abs(v)


total = 0
for i in range(3000):
    if i == 1000:
        builtins.abs = counting_abs
    if i == 2000:
        builtins.abs = real_abs
    total += abs(-i)
print(total, calls)
