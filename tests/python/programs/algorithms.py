def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out

def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for p in range(2, int(n ** 0.5) + 1):
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
    return [i for i, ok in enumerate(is_prime) if ok]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def permutations(items):
    if not items:
        yield ()
        return
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            yield (x,) + p

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

data = [(i * 7919) % 101 for i in range(40)]
print(quicksort(data))
print(merge_sort(data) == sorted(data), sorted(data)[:10])
primes = sieve(200)
print(len(primes), primes[-5:], binary_search(primes, 97), binary_search(primes, 98))
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(list(permutations("abc")), len(list(permutations(list(range(5))))))
print(gcd(1071, 462), max(range(1, 1000), key=collatz), collatz(27))
memo = {}
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, len(coins))
    if key not in memo:
        memo[key] = ways(n - coins[0], coins) + ways(n, coins[1:])
    return memo[key]
print(ways(100, [50, 25, 10, 5, 1]), len(memo))
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
triangle = [[1]]
for _ in range(9):
    prev = triangle[-1]
    triangle.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in triangle:
    print(" ".join(map(str, row)).center(40).rstrip())
