"""Recursion to the limit through frameless typed calls (ints and floats unboxed), caught and
retried under limits changed between calls."""
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def halve(x, steps):
    if steps == 0:
        return x
    return halve(x * 0.5, steps - 1)


def forever(n):
    return forever(n + 1) + 1


def deepest():
    lo, hi = 0, sys.getrecursionlimit() + 20
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            down(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


def warm():
    total = 0
    for i in range(300):
        total += down(i % 40)
    return total


print("warm", warm(), warm())
print("halve", halve(1024.0, 10), halve(3.0, 200))
limit = sys.getrecursionlimit()
print("limit minus deepest", limit - deepest())
for attempt in range(4):
    try:
        forever(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)
print("after the errors", down(500))

for new_limit in (120, 400, 90, 2500, limit):
    sys.setrecursionlimit(new_limit)
    best = deepest()
    print("limit", new_limit, "limit minus deepest", new_limit - best)
    try:
        down(new_limit + 5)
    except RecursionError as e:
        print("  over the limit:", e)
    try:
        halve(1.0, new_limit * 2)
    except RecursionError:
        print("  halve over the limit")
    print("  within:", down(new_limit - 40), halve(2.0, new_limit - 40) > 0.0)
