import itertools as it
import operator
from collections import deque


def take(n, iterable):
    return list(it.islice(iterable, n))


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk


def sliding(iterable, n):
    window = deque(maxlen=n)
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)


def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))


print(take(5, it.count(3, 3)), list(chunked(range(10), 4)), list(sliding("abcde", 3)))
print(list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABbcCA", str.lower)))
print(list(powerset([1, 2, 3])), list(flatten([1, [2, [3, (4, 5)]], 6])), partition(lambda x: x % 2, range(10)))
primes = (n for n in it.count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(take(10, primes))
fib = it.accumulate(it.repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([a for a, _ in it.islice(fib, 12)])
print(list(it.starmap(operator.pow, zip(range(5), it.repeat(2)))), sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
runs = [(k, len(list(g))) for k, g in it.groupby("aaabccddddde")]
print(runs, max(runs, key=operator.itemgetter(1)))
print(list(it.product("AB", range(2), repeat=1)), ["".join(p) for p in it.permutations("abc", 2)])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(it.chain.from_iterable(grid)), list(zip(*grid)), [list(col) for col in it.zip_longest(*[[1, 2], [3]], fillvalue=0)])
totals = list(it.accumulate([100, -20, 35, -50, 10]))
print(totals, list(it.accumulate(totals, max)), list(it.compress("abcdef", it.cycle([True, False]))))
pairs = list(it.combinations(range(5), 2))
print(len(pairs), pairs[:4], sum(1 for a, b in pairs if a + b == 4))
count = it.count()
print(list(zip("abc", count)), next(count))
