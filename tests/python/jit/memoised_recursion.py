"""Memoised recursion: functools.lru_cache/cache wrappers and hand-written memo dicts with
tuple keys, called from hot compiled code, to the recursion limit and back."""
import functools
import sys


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@functools.cache
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


@functools.lru_cache(maxsize=64)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


memo = {}


def grid_paths(r, c):
    key = (r, c)
    if key in memo:
        return memo[key]
    if r == 0 or c == 0:
        result = 1
    else:
        result = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    memo[key] = result
    return result


cache = {}


def edit_distance(a, b, i, j):
    got = cache.get((i, j))
    if got is not None:
        return got
    if i == 0:
        d = j
    elif j == 0:
        d = i
    elif a[i - 1] == b[j - 1]:
        d = edit_distance(a, b, i - 1, j - 1)
    else:
        d = 1 + min(edit_distance(a, b, i - 1, j), edit_distance(a, b, i, j - 1),
                    edit_distance(a, b, i - 1, j - 1))
    cache[(i, j)] = d
    return d


@functools.lru_cache(maxsize=None)
def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


for rnd in range(3):
    partitions.cache_clear()
    total = sum(partitions(n, n) for n in range(0, 120, 7))
    print("partitions", rnd, total, partitions.cache_info())
    print("binom", binom(40, 20), binom(60, 30) % 1000003)
    print("collatz", max(collatz_len(n) for n in range(1, 3000)), collatz_len.cache_info().maxsize)
    memo.clear()
    print("grid", grid_paths(30, 30), len(memo))
    cache.clear()
    print("edit", edit_distance("intention" * 3, "execution" * 3, 27, 27), len(cache))

print(binom.cache_info())
binom.cache_clear()
print(binom.cache_info())
print(binom(10, 5), binom.cache_info().misses)

# keys that are equal across int, float and bool hash and compare alike
mixed = {}
mixed[(1, 2)] = "ints"
mixed[(1.0, 2.0)] = "floats"
mixed[(True, 2)] = "bool"
print(len(mixed), mixed[(1, 2)], list(mixed))
print((1, 0) in mixed, (True, False) in {(1, 0): 1}, mixed.get((1.0, 2), "none"))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)))
counts = {}
for i in range(300):
    k = (i % 3, float(i % 2), i % 2 == 0)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))

print(partitions(5, True), partitions(5.0, 5), partitions.cache_info().hits > 0)
try:
    partitions([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    binom({}, 1)
except TypeError as e:
    print(type(e).__name__, e)

# a lone int or str argument is its own key: 1, 1.0 and True are cached apart
@functools.lru_cache(maxsize=None)
def square(x):
    return x * x


print(square(3), square(3.0), square(True), square(1), square("ab" * 0 + "3" if False else 3))
print(square.cache_info())


@functools.lru_cache(maxsize=None)
def pair(a, b=0):
    return (a, b)


print(pair(1), pair(1.0), pair(1, 0), pair(1, b=0), pair(a=1), pair.cache_info())

# to the recursion limit through the cache wrapper, caught, then with a larger limit
old = sys.getrecursionlimit()
for limit in (old, 300, 5000):
    sys.setrecursionlimit(limit)
    deep.cache_clear()
    try:
        print("deep", limit, deep(2400))
    except RecursionError as e:
        print("deep", limit, type(e).__name__, e)
sys.setrecursionlimit(old)
deep.cache_clear()
print(deep(100), deep(200), deep.cache_info())
deep.cache_clear()
print(deep(2000))
