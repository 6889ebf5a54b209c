# Lazy generator pipelines: nothing runs until consumed, and each stage sees items one at a time.


def source(n, log):
    for i in range(n):
        log.append(f"src {i}")
        yield i


def evens(items, log):
    for x in items:
        if x % 2 == 0:
            log.append(f"even {x}")
            yield x


def squared(items):
    for x in items:
        yield x * x


log = []
pipe = squared(evens(source(10, log), log))
print(log)
print(next(pipe), log)
print(list(pipe))
print(len(log), log[-3:])


def take(n, items):
    for i, x in enumerate(items):
        if i >= n:
            return
        yield x


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(take(15, primes())), sum(take(100, naturals())))
gen = (line.strip() for line in ["  a ", "", " b", "c  ", "   "])
non_empty = (l for l in gen if l)
print(list(non_empty), list(non_empty))


def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


ra = running_average()
next(ra)
print([ra.send(v) for v in (10, 20, 60, 10)])


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", range(3), (x for x in [9]))), list(zip(naturals(), "xyz")))
batches = []
it = iter(range(10))
while batch := list(take(4, it)):
    batches.append(batch)
print(batches)
print(sum(x for x in range(1000) if x % 7 == 0), max((len(w), w) for w in "a bb ccc dd".split()))
