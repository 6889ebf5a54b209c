# Generators left half way, closed explicitly, resumed after long pauses, and interleaved.


def numbers(limit, log):
    try:
        for i in range(limit):
            yield i
    finally:
        log.append(f"closed at limit {limit}")


log = []
gens = [numbers(1000, log) for _ in range(5)]
taken = []
for round_ in range(3):
    for g in gens:
        taken.append(next(g))
print(taken[:6], len(taken))
for g in gens[:3]:
    g.close()
print(log)
total = 0
for g in gens[3:]:
    for v in g:
        total += v
        if v > 500:
            break
print(total, log)
for g in gens[3:]:
    g.close()
print(len(log))


def pairs():
    a = yield "ready"
    while True:
        b = yield a
        a = (a or 0) + (b or 0)


p = pairs()
print(next(p), p.send(1), p.send(2), p.send(3), next(p))
p.close()


def endless():
    n = 0
    while True:
        n += 1
        yield n


streams = [endless() for _ in range(3)]
for i in range(1000):
    next(streams[i % 3])
print([next(s) for s in streams])
firsts = []
for size in range(1, 300):
    g = (x * x for x in range(size))
    firsts.append(next(g))
print(sum(firsts), len(firsts))


def window(seq, n):
    it = iter(seq)
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


w = window(range(10000), 3)
print([next(w) for _ in range(3)])
for t in w:
    if t[0] == 5000:
        break
print(t, next(w))
zipped = zip(endless(), "abc")
print(list(zipped))
