"""Calls that leave trailing parameters to their defaults, keyword calls repeated at one site,
and method lookups on sets, frozensets and tuples, inside hot loops where defaults, methods
and classes change half way."""


def scale(value, factor=2, offset=0):
    return value * factor + offset


def bucket(word, buckets=None, *, key=len):
    if buckets is None:
        buckets = {}
    buckets.setdefault(key(word), []).append(word)
    return buckets


def remember(item, seen=[]):
    # the shared mutable default: every call without 'seen' sees the same list
    seen.append(item)
    return len(seen)


class Shape:
    def __init__(self, w, h=1, name="box"):
        self.w = w
        self.h = h
        self.name = name

    def area(self, scale_by=1):
        return self.w * self.h * scale_by

    def describe(self, prefix="", suffix="."):
        return prefix + self.name + suffix


def outer(a, b=10):
    def inner():
        return a + b  # a and b are cell variables bound from arguments
    return inner()


def main():
    total = 0
    for i in range(300):
        total += scale(i)
        total += scale(i, 3)
        total += scale(i, offset=1)
        total += scale(value=i, factor=1)
        if i == 150:
            scale.__defaults__ = (5, 7)
    print("scale total", total)

    words = "the quick brown fox jumps over the lazy dog again and again".split()
    b = None
    for w in words:
        b = bucket(w, b)
    print(sorted(b.items()))
    print(bucket("x"), bucket("yy", key=lambda s: s[0]))

    print([remember(k) for k in range(5)], remember("z", []))

    shapes = []
    for i in range(200):
        s = Shape(i) if i % 3 else Shape(i, 2) if i % 2 else Shape(i, 3, "crate")
        shapes.append(s)
    print(sum(s.area() for s in shapes), sum(s.area(2) for s in shapes))
    print([s.describe() for s in shapes[:4]], shapes[5].describe("a ", "!"))
    Shape.describe.__defaults__ = ("new ", "?")
    print(shapes[6].describe(), shapes[6].describe(suffix=""))

    print(outer(1), outer(1, 2), [outer(k) for k in range(3)])

    for args in [(), (1, 2, 3, 4), ("v",)]:
        try:
            print(scale(*args))
        except TypeError as e:
            print("TypeError:", e)
    try:
        scale(1, factor=2, value=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        bucket("w", {}, len)
    except TypeError as e:
        print("TypeError:", e)

    def no_defaults(a, b):
        return a - b
    no_defaults.__defaults__ = (100, 200, 300)
    print(no_defaults(), no_defaults(1), no_defaults(1, 2))
    no_defaults.__defaults__ = None
    try:
        no_defaults(1)
    except TypeError as e:
        print("TypeError:", e)


class CountingSet(set):
    def add(self, item):
        super().add(item)
        self.adds = getattr(self, "adds", 0) + 1


class OddTuple(tuple):
    def count(self, item):
        return -1


class Picky(set):
    def __contains__(self, item):
        return item == "always"


def containers():
    seen = set()
    frozen = frozenset(range(0, 20, 3))
    dups = 0
    for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]:
        if n in seen:
            dups += 1
        seen.add(n)
        if n in frozen:
            seen.discard(n)
    print(dups, sorted(seen), frozen.issuperset({3, 6}), frozen.union({1}) == frozenset({0, 1, 3, 6, 9, 12, 15, 18}))

    counted = CountingSet()
    for n in range(10):
        counted.add(n % 4)
    print(sorted(counted), counted.adds)

    t = (1, 2, 2, 3, 2)
    results = []
    for k in range(4):
        results.append((t.count(k), t.index(2), OddTuple(t).count(k)))
    print(results)

    picky = Picky({1, 2})
    print(1 in picky, "always" in picky, 1 in set(picky))
    print({1} in {frozenset({1})}, frozenset() in {frozenset()})
    try:
        print([] in {1})
    except TypeError as e:
        print("TypeError:", e)

    # the same site meets a set, then a frozenset, then a tuple, then a set subclass
    objs = [set([1]), frozenset([1, 2]), (1, 2, 3), CountingSet([1, 2, 3, 4])]
    print([o.__len__() for o in objs], [type(o).__name__ for o in objs])
    print([o.copy() if not isinstance(o, tuple) else o.count(1) for o in objs])


main()
containers()
