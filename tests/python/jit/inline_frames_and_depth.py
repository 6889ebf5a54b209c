"""Small callees and the frames CPython would have: sys._getframe(1) from a small callee sees its
caller, and recursion reaches the limit exactly where CPython's does, through small helpers."""
import sys


def caller_name():
    return sys._getframe(1).f_code.co_name


def caller_line():
    return sys._getframe(1).f_lineno


def report(n):
    names = set()
    lines = 0
    for i in range(n):
        names.add(caller_name())
        lines += caller_line() > 0
    return sorted(names), lines


def leaf(x):
    return x + 1


def descend(n):
    if n == 0:
        return leaf(0)
    return descend(n - 1) + leaf(n)


def descend_float(n):
    if n == 0:
        return 0.5
    return descend_float(n - 1) * 1.0 + leaf(0.5)


for rep in range(3):
    print(report(2000))

for n in (10, 40, 60):
    print("descend", n, descend(n))
for limit in (80, 120):
    sys.setrecursionlimit(limit)
    for fn in (descend_float,):
        for n in range(limit - 8, limit + 2):
            for attempt in range(3):
                try:
                    r = fn(n)
                except RecursionError as e:
                    r = "RecursionError: " + str(e)
            print(fn.__name__, limit, n, r)
sys.setrecursionlimit(1000)
