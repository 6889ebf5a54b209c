# Recursion to the recursion limit in compiled code, then recovery.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(800))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(2, 50))

sys.setrecursionlimit(200)


def count_frames(n):
    try:
        return count_frames(n + 1)
    except RecursionError:
        return n


c = count_frames(0)
print(150 < c < 200)
sys.setrecursionlimit(1000)


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(400), mutual_odd(401))
depth(5000)
