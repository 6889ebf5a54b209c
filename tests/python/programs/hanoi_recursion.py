"""Recursion: towers of Hanoi, Ackermann, permutations, flood fill and deep recursion limits."""
import sys


def hanoi(n, src="A", via="B", dst="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, dst, via, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, src, dst, moves)
    return moves


m = hanoi(3)
print(len(m), m)
print([len(hanoi(n)) for n in range(1, 11)])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([[ackermann(a, b) for b in range(4)] for a in range(3)], ackermann(2, 3))


def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]


print(perms("abc"), len(perms("abcde")), len(set(perms("aabb"))))
grid = [list(row) for row in ["....#", ".##.#", ".#..#", "....#", "#####"]]


def fill(r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)


print(fill(0, 0))
print("\n".join("".join(row) for row in grid))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(old)


def count_partitions(n, k=None, memo={}):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in memo:
        memo[n, k] = count_partitions(n - k, k) + count_partitions(n, k - 1)
    return memo[n, k]


print([count_partitions(n) for n in range(1, 16)], count_partitions(100))
