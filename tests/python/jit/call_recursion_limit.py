"""Recursion to the limit through direct calls between compiled functions."""
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def countdown(n, acc):
    if n <= 0:
        return acc
    return countdown(n - 1, acc + n)


def unbounded(n):
    return unbounded(n + 1) + 1


def mutual_a(n):
    if n <= 0:
        return "a"
    return mutual_b(n - 1)


def mutual_b(n):
    if n <= 0:
        return "b"
    return mutual_a(n - 1)


def probe_limit():
    """The deepest depth(n) that still fits under the current limit."""
    lo, hi = 0, sys.getrecursionlimit() + 10
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            depth(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


for round_no in range(3):
    total = 0
    for i in range(200):
        total += depth(i % 50) + countdown(i % 30, 0)
    print("round", round_no, total)

limit = sys.getrecursionlimit()
print("limit", limit)
best = probe_limit()
print("deepest below the limit: limit minus", limit - best)

for attempt in range(3):
    try:
        unbounded(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)

print(mutual_a(301), mutual_b(300), mutual_a(500))
sys.setrecursionlimit(200)
try:
    depth(400)
except RecursionError as e:
    print("lowered limit:", e)
print("still fine:", depth(150))
sys.setrecursionlimit(limit)
print("restored:", depth(800))
