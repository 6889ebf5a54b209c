"""Builtins and module attributes rebound while hot loops run over them."""
import builtins
import math


def total_len(items):
    t = 0
    for x in items:
        t += len(x)
    return t


words = ["a", "bb", "ccc"] * 50
print(total_len(words))
real_len = builtins.len
builtins.len = lambda x: 100
print(total_len(words))
builtins.len = real_len
print(total_len(words))
len = lambda x: -1
print(total_len(words))
del len
print(total_len(words))


def roots(n):
    return [round(math.sqrt(i), 3) for i in range(n)]


first = roots(300)
real_sqrt = math.sqrt
math.sqrt = lambda v: -v
second = roots(300)
math.sqrt = real_sqrt
print(first[:5], second[:5], roots(4))


def biggest(rows):
    out = []
    for i, r in enumerate(rows):
        if i == 150:
            builtins.max = builtins.min
        out.append(max(r))
    return out


real_max = builtins.max
res = biggest([[i, i + 1, i - 1] for i in range(300)])
builtins.max = real_max
print(res[148:153], max([1, 5, 2]))


def use_print(n):
    for i in range(n):
        if i == n - 2:
            builtins.print = lambda *a, **k: real_print("patched:", *a)
        print("line", i)


real_print = builtins.print
use_print(5)
builtins.print = real_print
print("restored")
