# reprs of containers: nesting, self-reference, floats and strings inside, empty forms, and str() vs repr().

data = {"name": "O'Brien", "tags": ["a", 'b"c'], "ratio": 0.1 + 0.2, "none": None, "pair": (1,), "set": {3}}
print(data)
print(str(data) == repr(data), [str(x) for x in data.values()])
print([], (), {}, set(), frozenset(), [()], ((),), [[]], {(): []}, [set()], str([1.0, 2.50, -0.0, 1e100]))
loop = [1, 2]
loop.append(loop)
print(loop, repr(loop), len(str(loop)))
d = {"k": 1}
d["self"] = d
print(d)
nested = {"l": [{"t": (1, [2, {3: "three"}])}]}
print(nested, repr(nested["l"][0]["t"]))
print(["tab\t", "nl\n", "quote'", 'dq"', "both'\"", "back\\slash", "uni é", "\x00"])
print((1, 2, 3)[1:], [1][5:], "abc"[10:], {1: [], 2: ()}, {"a": {"b": {}}})
print(repr(1.0), repr(1e16), repr(1.5e-7), repr(123456789.12345678), [0.1, 1 / 3, 2 / 3, 10 / 3], (1e22, 1e21))
print(list(range(3)), range(3), [range(2)], {"r": range(0, 10, 2)}, type([]), [type(None)], [len, print] == [len, print])
print(str("x"), repr("x"), str(["x"]), repr(["x"]), f"{['x']}", "%s %r" % (["x"], ["x"]), format(["x"]))


class Item:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Item({self.v!r})"

    def __str__(self):
        return f"item {self.v}"


items = [Item(1), Item("a")]
print(items, str(items), f"{items[0]}", f"{items[0]!r}", {"i": Item(None)}, (Item(2.5),))
print(dict(a=[Item(1)]), set([Item(0)]).__len__(), [[Item([])]])
