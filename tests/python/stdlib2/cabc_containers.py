"""Custom containers built on the collections.abc mixins."""
from collections.abc import MutableMapping, Sequence, MutableSet, Mapping, Set
import collections.abc


class LowerDict(MutableMapping):
    """A dict whose keys are case-insensitive."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"LowerDict({self._data})"


d = LowerDict({"Host": "example.org"}, Port=80)
d["ACCEPT"] = "text/html"
print(d, len(d), "host" in d, "HOST" in d, d.get("missing", "-"))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("port"), d.setdefault("Retry", 3), d.setdefault("retry", 9))
print(d.popitem(), d == {"accept": "text/html", "retry": 3}, dict(d))
d.clear()
print(len(d), isinstance(d, Mapping), isinstance(d, dict))


class Countdown(Sequence):
    def __init__(self, start):
        self.start = start

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self)[i]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("countdown index out of range")
        return self.start - i

    def __len__(self):
        return self.start + 1


c = Countdown(5)
print(list(c), c[0], c[-1], c[1:4], 3 in c, 9 in c)
print(c.index(2), c.count(4), list(reversed(c)), sum(c), max(c))
try:
    c.index(42)
except ValueError:
    print("ValueError from index")


class OrderedSet(MutableSet):
    def __init__(self, items=()):
        self._items = {}
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        self._items[x] = None

    def discard(self, x):
        self._items.pop(x, None)

    def __repr__(self):
        return f"OrderedSet({list(self._items)})"


a = OrderedSet("abracadabra")
b = OrderedSet("alchemy")
print(a, b)
print(a & b, a | b, a - b, a ^ b)
print(a <= OrderedSet("abcdr"), a < OrderedSet("abcdrz"), a == OrderedSet("rdcba"), a.isdisjoint("xyz"))
a |= "xyz"
a -= "ab"
print(a, a.pop(), a)
a.remove("x")
try:
    a.remove("q")
except KeyError as e:
    print("KeyError", e)
print(isinstance(a, Set), isinstance(a, collections.abc.Hashable))
