# __hash__ and __eq__ together: dict keys, set membership, unhashable classes and the identity defaults.


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(0, 1), "none"), hash(Point(1, 2)) == hash((1, 2)))


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(OnlyEq.__hash__, OnlyEq(1) == OnlyEq(1))
for op in (lambda: {OnlyEq(1)}, lambda: {OnlyEq(1): 1}, lambda: hash(OnlyEq(1))):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, len({a, b, a}), hash(a) == hash(a))


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


headers = {CaseInsensitive("Content-Type"): "text/html"}
print(headers[CaseInsensitive("content-type")], CaseInsensitive("A") == "a", "a" == CaseInsensitive("A"))


class Inherits(Point):
    pass


class Overrides(Point):
    def __eq__(self, other):
        return super().__eq__(other)


print(hash(Inherits(1, 1)) == hash(Point(1, 1)), Overrides.__hash__ is None, Inherits(1, 1) == Point(1, 1))


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2**100


print(hash(BigHash()) == hash(2**100), hash(-1), hash(-2), hash(0.0) == hash(0), hash("") == 0)


class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __hash__(self):
        return hash(self.v)


m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(2) in s, Mutable(1) in s, len(s))
counts = {}
for p in [Point(0, 0), Point(1, 1), Point(0, 0), Point(0, 0)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {(1, 2), (1, 2)}, frozenset([Point(1, 1)]) == frozenset([Point(1, 1)]))
