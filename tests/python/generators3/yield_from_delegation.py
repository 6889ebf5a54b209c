"""Delegating generators: items, sends, throws and closes pass through chains of
`yield from`, and errors raised deep inside show every frame in their traceback."""
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def tb():
    return traceback.format_exc().replace(HERE, "")


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


def build(depth, width, start=0):
    if depth == 0:
        return Tree(start)
    return Tree(start, [build(depth - 1, width, start * width + i + 1) for i in range(width)])


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def echo(log):
    total = 0
    try:
        while True:
            try:
                got = yield total
            except ValueError as e:
                log.append("inner caught %s" % e)
                total = -1
                continue
            if got is None:
                return "inner done at %d" % total
            total += got
    finally:
        log.append("inner finally")


def middle(log):
    result = yield from echo(log)
    log.append("middle got %r" % (result,))
    more = yield from [100, 200]
    log.append("list delegate gave %r" % (more,))
    return result.upper()


def outer(log):
    r = yield from middle(log)
    log.append("outer got %r" % (r,))
    return len(r)


def failing(n):
    if n == 0:
        yield "bottom"
        raise KeyError("deep %d" % n)
    yield n
    yield from failing(n - 1)


def guarded(n):
    try:
        yield from failing(n)
    except KeyError as e:
        yield "recovered from %s" % e


def counting(limit):
    for i in range(limit):
        yield i
    return limit


def accumulate_results(chunks):
    totals = []
    for c in chunks:
        totals.append((yield from counting(c)))
    return totals


def stopping_early():
    yield 1
    raise StopIteration("bad")


def relay(source):
    got = yield from source
    print("relay never gets", got)


def main():
    tree = build(4, 3)
    values = list(tree.walk())
    print("tree", len(values), sum(values), values[:8])
    for rnd in range(300):  # hot enough for the JIT to compile the generators
        if sum(tree.walk()) != sum(values):
            print("mismatch", rnd)
    print("flatten", list(flatten([1, [2, [3, [4, [5]]]], [], [[6]], 7])))

    log = []
    g = outer(log)
    print("first", next(g))
    print("send", g.send(5), g.send(7))
    print("throw", g.throw(ValueError("oops")))
    print("send", g.send(3))
    print("finish inner", g.send(None))
    print("list items", next(g))
    try:
        next(g)
    except StopIteration as e:
        print("outer returned", e.value)
    print("\n".join(log))

    log = []
    g = outer(log)
    next(g)
    g.send(4)
    g.close()
    print("closed", log, g.gi_running)

    print("guarded", list(guarded(3)))
    try:
        list(failing(3))
    except KeyError:
        print(tb())

    gen = accumulate_results([3, 0, 2])
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            print("items", items, "totals", e.value)
            break

    try:
        list(relay(relay(stopping_early())))
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

    fresh = counting(2)
    try:
        fresh.send(1)
    except TypeError as e:
        print("TypeError:", e)

    def reentrant():
        yield from inner_calls_outer()

    def inner_calls_outer():
        yield next(holder[0])

    holder = [reentrant()]
    try:
        next(holder[0])
    except ValueError as e:
        print("ValueError:", e)

    def show_stack():
        yield [line.strip() for line in traceback.format_stack(limit=4)[:-1]
               if "show_stack" in line or "wrapper" in line]

    def wrapper():
        yield from show_stack()

    for frames in wrapper():
        print("stack", [f.split(",")[-1].strip() for f in frames])

    def limited(depth):
        if depth:
            yield from limited(depth - 1)
        else:
            yield sys._getframe().f_back.f_code.co_name

    print("f_back", next(limited(5)))


main()
