# Builtins shadowed by globals, and the builtins module patched, while hot code calls them.
import builtins


def measure(items, rounds):
    total = 0
    for r in range(rounds):
        for it in items:
            total += len(it)
        if r == rounds // 2:
            shadow()
    return total


def shadow():
    global len
    len = lambda obj: 1000


words = ["alpha", "be", "gamma", (1, 2, 3), [4, 5]]
print(measure(words, 400))
print(measure(words, 10))
del len
print(measure(words, 3))


def clamp_all(values):
    out = []
    for v in values:
        out.append(abs(v) + max(v, 0))
    return out


data = list(range(-50, 50))
print(sum(clamp_all(data)))
original_abs = builtins.abs
builtins.abs = lambda v: 0
print(sum(clamp_all(data)))
builtins.abs = original_abs
print(sum(clamp_all(data)))


def count_small(n):
    c = 0
    for i in range(n):
        if min(i, 50) < 50:
            c += 1
        if i == 700:
            builtins.min = lambda a, b: 99
    return c


saved = min
print(count_small(1000))
builtins.min = saved
print(count_small(100))
print(min(3, 4), abs(-2), len("abc"))
