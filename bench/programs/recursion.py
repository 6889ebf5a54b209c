"""Deep and wide recursion on small integers: naive Fibonacci, Takeuchi's tak function,
a small Ackermann function and a memoised partition count (functools.lru_cache)."""
import functools
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    """Number of partitions of n into parts no larger than k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def main(n):
    f = fib(n)
    t = tak(24, 16, 8)
    a = sum(ack(2, i) for i in range(40)) + ack(3, 6)
    p = partitions(250, 250)
    print("fib(%d) %d tak %d ack %d partitions %d" % (n, f, t, a, p))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 36)
