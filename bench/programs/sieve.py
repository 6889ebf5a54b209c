"""Primes with generators: an incremental (unbounded) sieve keeping a dict of upcoming
composites, a chained filter-of-generators sieve, and a classic list sieve to check both."""
import itertools
import sys


def incremental_primes():
    composites = {}
    yield 2
    n = 3
    while True:
        step = composites.pop(n, None)
        if step is None:
            composites[n * n] = 2 * n
            yield n
        else:
            m = n + step
            while m in composites:
                m += step
            composites[m] = step
        n += 2


def count_from(n):
    while True:
        yield n
        n += 1


def not_divisible(source, p):
    for x in source:
        if x % p:
            yield x


def chained_primes(count):
    source = count_from(2)
    for _ in range(count):
        p = next(source)
        yield p
        source = not_divisible(source, p)


def list_sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, f in enumerate(flags) if f]


def main(n):
    primes = list(itertools.takewhile(lambda p: p < n, incremental_primes()))
    reference = list_sieve(n)
    if primes != reference:
        raise AssertionError("incremental sieve disagrees")
    chained = list(chained_primes(max(10, min(600, n // 7500))))
    if chained != reference[:len(chained)]:
        raise AssertionError("chained sieve disagrees")
    print("primes below %d: %d, sum %d, last chained %d" % (n, len(primes), sum(primes), chained[-1]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000000)
