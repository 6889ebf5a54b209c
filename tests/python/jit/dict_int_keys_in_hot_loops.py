"""Dicts keyed by ints in hot loops: keys equal to ints of other types (1.0, True, int
subclasses), keys with their own __hash__/__eq__, pop with and without a default, setdefault,
huge and negative keys, and dicts changed while they are read."""


class MyInt(int):
    pass


class Loud(int):
    def __eq__(self, other):
        print("  Loud.__eq__", int(self), other)
        return int(self) == other

    def __hash__(self):
        return int.__hash__(self)


class Collides:
    """Hashes like an int, equal to it: found by d[k] for that int."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v

    def __repr__(self):
        return "Collides(%d)" % self.v


def squares(n):
    d = {}
    for i in range(n):
        d[i] = i * i
    return d


def probe(d, keys):
    found = 0
    total = 0
    for k in keys:
        if k in d:
            found += 1
            total += d[k]
        total += d.get(k, -1)
    return found, total


def incremental_primes(limit):
    composites = {}
    out = []
    n = 2
    while n < limit:
        step = composites.pop(n, None)
        if step is None:
            composites[n * n] = n
            out.append(n)
        else:
            m = n + step
            while m in composites:
                m += step
            composites[m] = step
        n += 1
    return out, len(composites)


def mixed_key_types():
    d = {}
    for i in range(300):
        d[i] = "int"
    d[1.0] = "float"       # replaces the value of key 1, keeps the key 1
    d[True] = "bool"       # the same key again
    d[MyInt(2)] = "myint"  # equal to 2: replaces, keeps the original key
    d[2 ** 70] = "big"
    d[-(2 ** 63)] = "min"
    d[-1] = "minus one"    # hash(-1) == hash(-2) in CPython
    d[-2] = "minus two"
    print(list(d.items())[:4], d[2 ** 70], d[-(2 ** 63)], d[-1], d[-2])
    total = 0
    for i in range(-3, 300):
        v = d.get(i)
        if v is not None:
            total += len(v)
    print("total", total, d[1], d[True], d[1.0], repr(list(d)[1]), type(list(d)[2]).__name__)
    print(d.pop(1.0), 1 in d, True in d, d.pop(True, "gone"), d.pop(7), len(d))
    try:
        d.pop(7)
    except KeyError as e:
        print("KeyError", e)
    try:
        print(d[7])
    except KeyError as e:
        print("KeyError", e)


def odd_keys_in_compiled_lookups():
    d = squares(50)
    hits = 0
    for rnd in range(200):
        hits += d.get(rnd % 60, 0)
        if rnd == 150:
            d[Collides(55)] = 1000   # stored under hash(55); an int 55 finds it by __eq__
            d[MyInt(56)] = 2000
    print("hits", hits, d[55], d[56], 55 in d, d.pop(55))
    d2 = {Loud(5): "five"}
    for i in range(4):
        print(" lookup", i, 5 in d2, d2.get(5, "?"))
    d3 = {}
    for i in range(100):
        d3.setdefault(i % 7, []).append(i)
    print(sorted((k, len(v)) for k, v in d3.items()))


def mutation_while_iterating():
    d = squares(20)
    try:
        for k in d:
            if k == 10:
                d[100] = 1
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = squares(20)
    try:
        for k, v in d.items():
            if v > 50:
                d.pop(k)
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = squares(20)
    for k in list(d):
        if k % 3:
            del d[k]
    print(list(d))


def main():
    d = squares(1000)
    for r in range(3):
        print(probe(d, range(-10, 1100, 3)))
    primes, left = incremental_primes(20000)
    print(len(primes), sum(primes), primes[-5:], left)
    mixed_key_types()
    odd_keys_in_compiled_lookups()
    mutation_while_iterating()


main()


class Name(str):
    """A str subclass hashing like its value (through str.__hash__) and equal case-insensitively to strs."""

    def __hash__(self):
        return str.__hash__(self.lower())

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()


def str_subclass_keys():
    d = {}
    for i in range(200):
        d["k%d" % (i % 10)] = i
    d[Name("K3")] = "name"
    print(len(d), d["k3"], d.get(Name("k4")), Name("K5") in d, "K5" in d)
    counts = {}
    for w in ["Alpha", "alpha", "BETA", "beta", "Beta"] * 30:
        key = Name(w)
        counts[key] = counts.get(key, 0) + 1
    print(sorted((str(k), v) for k, v in counts.items()))
    print(hash(Name("X")) == hash("x"), hash(Loud(12)) == 12)


str_subclass_keys()
