# dict get/set/`in`/get() with str and int keys in hot loops: keys that are equal across types
# (1, 1.0, True), bignum keys, missing keys (KeyError messages), a dict changed by another
# function while the loop runs, a dict subclass with __missing__, and key types that change.


class Counter(dict):
    def __missing__(self, key):
        return 0


def histogram(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] = counts[w] + 1
        else:
            counts[w] = 1
    return counts


def squares(n):
    d = {}
    for i in range(n):
        d[i % 13] = i * i
    total = 0
    for i in range(-2, 15):
        total += d.get(i, -1)
        if i not in d:
            total += 1000
    return d, total


def lookups(d, keys):
    out = []
    for k in keys:
        out.append(d.get(k))
        out.append(d.get(k, "dflt"))
        out.append(k in d)
    return out


def meddle(d, i):
    if i == 5:
        d.clear()
    if i == 8:
        d["late"] = 8
    if i == 9:
        d[9] = "nine"


def changing(d):
    seen = []
    for i in range(12):
        meddle(d, i)
        seen.append(("late" in d, 9 in d, d.get("a"), len(d)))
    return seen


def must_have(d, keys):
    total = 0
    for k in keys:
        total += d[k]
    return total


words = "the cat and the hat and the bat sat on the mat".split()
print(histogram(words))
print(histogram(words + [1, 1.0, True, 2 ** 80, 2 ** 80]))
print(squares(40))
mixed = {1: "one", "1": "str one", 2 ** 70: "big", (1, 2): "pair", 0.5: "half", None: "none"}
print(lookups(mixed, [1, 1.0, True, "1", 2 ** 70, 2 ** 70 + 1, (1, 2), 0.5, None, "2", 3]))
print(changing({"a": 1, "b": 2}))
print(must_have({"x": 1, "y": 2, 3: 4}, ["x", "y", 3, "x"]))
for keys in (["x", "nope"], ["x", 7], ["x", 2 ** 65]):
    try:
        print(must_have({"x": 1}, keys))
    except KeyError as e:
        print("KeyError:", e, repr(e))
try:
    print(must_have({"x": 1}, ["x", [1]]))
except TypeError as e:
    print("TypeError:", e)

c = Counter()
for w in words:
    c[w] = c[w] + 1
print(sorted(c.items()))
print(must_have(Counter(a=1), ["a", "b", "c"]))

keyed = {(1, "k1"): 10, "k2": 20}
print(lookups(keyed, ["k1", "k2", (1, "k1"), "k3"]))
print(must_have(keyed, [(1, "k1"), "k2"]))

# the int key path meets bools and floats, which hash equal to ints
d = {}
for i in range(6):
    d[i] = i
d[True] = "true"
d[2.0] = "two"
print(d)


class Noisy:
    """A key whose hashing and comparisons are counted: each lookup must run them once."""
    hashes = 0
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Noisy.hashes += 1
        return self.v % 3

    def __eq__(self, other):
        Noisy.eqs += 1
        return isinstance(other, Noisy) and other.v == self.v


def noisy_lookups(d, keys):
    found = 0
    for k in keys:
        if k in d:
            found += d[k]
        d[k] = d.get(k, 0) + 1
        try:
            found += d[Noisy(k.v + 100)]
        except KeyError as e:
            found -= 1
    return found


nd = {Noisy(1): 10, Noisy(2): 20}
print(noisy_lookups(nd, [Noisy(1), Noisy(4), Noisy(2), Noisy(1)]), Noisy.hashes, Noisy.eqs, len(nd))
