# Rich comparisons: reflection order, NotImplemented, chained comparisons and their error messages.
import functools


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)


vs = [Version(t) for t in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs), max(vs), min(vs), Version("1.2") == "1.2", "1.2" == Version("1.2"))
print(Version("1.0") < "1.1", "1.1" > Version("1.0"), Version("2") <= Version("2"), Version("3") >= Version("2"))
print(Version("1.2") != Version("1.3"), Version("1") == 1, Version("1") != None)
try:
    Version("1") < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1") > Version("2") > 3
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({getattr(other, 'name', other)})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({getattr(other, 'name', other)})")
        return NotImplemented


a, b = Loud("a"), Loud("b")
print(a == b)
print(a != b)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)


class Special(Loud):
    pass


print(a == Special("sub"))


@functools.total_ordering
class Card:
    order = "23456789TJQKA"

    def __init__(self, face):
        self.face = face

    def __eq__(self, other):
        return self.face == other.face

    def __lt__(self, other):
        return self.order.index(self.face) < self.order.index(other.face)

    def __repr__(self):
        return self.face


hand = [Card(f) for f in "KT2A9"]
print(sorted(hand), Card("K") > Card("Q"), Card("2") >= Card("3"), Card("A") <= Card("A"))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x - 5 < 1, [1, 2] < [1, 2, 3] < [1, 3])
print(None == None, None is None, [] == [], [] is [], (1, 2) == [1, 2], {1: 2} == {1: 2.0})
for left, right in ((1, "1"), ([1], (1,)), (None, 0), ({}, [])):
    for op in ("<", ">=", "=="):
        try:
            print(left, op, right, eval(f"left {op} right"))
        except TypeError as e:
            print("TypeError:", e)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")], 1 == 1.0 == True)
nan = float("nan")
print([nan] == [nan], nan in [nan], sorted([3, 1, 2], key=lambda n: -n))
