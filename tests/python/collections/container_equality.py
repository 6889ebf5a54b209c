"""Equality and ordering of nested lists, tuples and dicts as a round-tripping data tool
compares records: item types mixed, NaN, -0.0, big ints, str subclasses with their own
__eq__, and an __eq__ that empties the list being compared."""


class Shrinking:
    """An item whose comparison empties the list holding it."""

    def __init__(self, owner):
        self.owner = owner

    def __eq__(self, other):
        self.owner.clear()
        return True


class Loose(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


def record(i, tags):
    return {"id": i, "name": "r%d" % i, "score": i / 4, "tags": list(tags),
            "pos": (i, -i, 0.5), "big": 3 ** (i % 70), "child": {"ok": i % 2 == 0}}


def main():
    data = [record(i, ["t%d" % (i % 3)] * (i % 4)) for i in range(200)]
    same = [record(i, ["t%d" % (i % 3)] * (i % 4)) for i in range(200)]
    print("equal records", data == same, data != same)
    changed = [dict(r) for r in same]
    changed[150]["pos"] = (150, -150, 0.25)
    print("one changed", data == changed, data != changed)
    changed[150]["pos"] = (150, -150, 0.5)
    changed[199]["child"] = {"ok": True}
    print("nested dict changed", data == changed)
    print("lengths differ", data == same[:-1], tuple(data) == tuple(same[:-1]))

    print("mixed numbers", [1.0, 2, True] == [1, 2.0, 1], (10**30, 0.0) == (10**30, -0.0))
    nan = float("nan")
    print("nan", [nan] == [nan], [nan] == [float("nan")], (nan,) == (nan,), {"k": nan} == {"k": nan})
    print("ordering", [1, 2] < [1, 2, 3], [[1, 2], [3]] <= [[1, 2], [3]], (1, "b") > (1, "a"),
          [(1, 2), (1, 3)] < [(1, 2), (1, 2, 0)])
    print("str subclass", [Loose("x")] == ["y"], ["y"] == [Loose("x")], {1: Loose("q")} == {1: "r"},
          ("a", Loose("b")) == ("a", "zzz"))

    holder = [1, 2]
    holder.append(Shrinking(holder))
    holder.append(4)
    print("shrunk during compare", holder == [1, 2, 3, 4], len(holder))

    try:
        [1, "a"] < [1, 2]
    except TypeError as e:
        print("TypeError:", e)


main()
