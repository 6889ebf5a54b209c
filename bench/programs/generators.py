"""Generator pipelines: chained generator functions, generator expressions, yield from,
send(), itertools (islice, chain, accumulate, groupby) and a stateful coroutine."""
import itertools
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(source, k):
    for x in source:
        yield x * k % 1009


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def nested_lists(depth, width, start):
    if depth == 0:
        return start
    return [nested_lists(depth - 1, width, start * width + i) for i in range(width)]


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def pipeline(n):
    stage = windows(only_odd(scaled(numbers(n), 7)), 3)
    return sum(a * b - c for a, b, c in stage)


def itertools_work(n):
    acc = itertools.accumulate(x % 17 for x in range(n))
    groups = itertools.groupby(itertools.islice(acc, n // 2), key=lambda v: v // 1000)
    total = 0
    for key, group in groups:
        total += key * sum(1 for _ in group)
    chained = itertools.chain(range(10), (x * x for x in range(n // 10)), "abc")
    return total + sum(x if isinstance(x, int) else ord(x) for x in chained)


def coroutine_work(n):
    avg = averager()
    next(avg)
    last = 0
    for i in range(n):
        last = avg.send(i * 3 % 101)
    avg.close()
    return last


def main(n):
    a = pipeline(n)
    b = sum(flatten(nested_lists(min(8, len(str(n)) + 1), 5, 1)))
    c = itertools_work(n)
    d = coroutine_work(n)
    e = sum(x for x in (y * 2 for y in range(n)) if x % 3)
    print("pipeline %d flatten %d itertools %d coroutine %d genexpr %d" % (a, b, c, d, e))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000000)
