"""Generators whose compiled resume code is invalidated while they are suspended (a global
rebound, a type change of a local), thrown into inside try/finally, closed or abandoned
mid-loop, and driven by send() and by for loops in compiled code."""
SCALE = 3


def scaled(n):
    total = 0
    for i in range(n):
        total += i * SCALE
        yield total


def kinds(values):
    acc = 0
    for v in values:
        acc = acc + v
        yield acc


def guarded(n, log):
    try:
        i = 0
        while i < n:
            try:
                yield i
            except ValueError as e:
                log.append("caught %s at %d" % (e, i))
                i += 100
            i += 1
    finally:
        log.append("finally")


def counter():
    count = 0
    while True:
        got = yield count
        if got is None:
            count += 1
        else:
            count += got


def abandoned(log, tag):
    try:
        for i in range(1000000):
            yield i
    finally:
        log.append("closed " + tag)


def first_over(log, tag, limit):
    for x in abandoned(log, tag):
        if x > limit:
            return x


def pipeline(n):
    return sum(x * x for x in scaled(n) if x % 2 == 0)


def main():
    global SCALE
    g = scaled(3000)
    first = [next(g) for _ in range(2000)]
    SCALE = 5                     # the resume code treated SCALE as a constant: invalidated
    rest = list(g)
    print(first[-1], rest[0], rest[-1], len(rest))
    SCALE = 3

    g = kinds([1] * 3000 + [0.5] * 5 + [10 ** 20] * 3 + ["x"])
    out = []
    try:
        for v in g:
            out.append(v)
    except TypeError as e:
        print("TypeError:", e)
    print(len(out), out[2999], out[3004], out[-1])

    log = []
    g = guarded(5000, log)
    s = 0
    for _ in range(3000):
        s += next(g)
    print("thrown ->", g.throw(ValueError("boom")), s)
    print("next ->", next(g))
    g.close()
    print(log)
    log = []
    g = guarded(10, log)
    print(next(g))
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        print("KeyError out of the generator:", e, log)
    print(next(g, "exhausted"))

    c = counter()
    next(c)
    for i in range(5000):
        c.send(None if i % 3 else 2)
    print("counter", c.send(0))
    c.close()
    try:
        c.send(1)
    except StopIteration:
        print("StopIteration after close")

    log = []
    for tag in ("a", "b", "c"):
        print(first_over(log, tag, 2500), log[-1])
    g = abandoned(log, "d")
    print(next(g), g.gi_running)
    g.close()
    print(log[-1], next(g, "done"))

    print(pipeline(4000), pipeline(4000))
    print(sum(1 for _ in range(10000)), list(x for x in range(5)), sorted(-x for x in range(5)))
    print(any(x > 9998 for x in range(10000)), all(x < 5000 for x in range(10000)),
          ",".join(str(x) for x in range(8)))


main()
