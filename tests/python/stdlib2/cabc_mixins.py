"""A read-only Mapping, an ItemsView and a MutableSequence written against collections.abc."""
from collections.abc import Mapping, MutableSequence, Iterator


class Settings(Mapping):
    def __init__(self, **values):
        self._values = dict(values)

    def __getitem__(self, key):
        try:
            return self._values[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(sorted(self._values))

    def __len__(self):
        return len(self._values)


s = Settings(debug=True, level=3, name="prod")
print(list(s), s["level"], s.get("nope"), "debug" in s, len(s))
print(sorted(s.keys()), list(s.items()), list(s.values()))
print(("level", 3) in s.items(), ("level", 4) in s.items(), 3 in s.values(), s.keys() & {"name", "x"})
print(s == {"debug": True, "level": 3, "name": "prod"}, s != {"debug": False})
try:
    s["missing"]
except KeyError as e:
    print("KeyError", e)


class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)

    def _check(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        return value

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = self._check(value)

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, value):
        self._items.insert(i, self._check(value))

    def __repr__(self):
        return f"TypedList({self.kind.__name__}, {self._items})"


t = TypedList(int, [3, 1, 2])
t.append(10)
t += [7, 8]
print(t, len(t), t[1], t[-1])
t.reverse()
print(t, t.pop(), t.pop(0), t)
t.remove(1)
print(t, t.index(10), t.count(2))
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
t.clear()
print(t)


class Fib(Iterator):
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
print(iter(f) is f, list(f), list(f))
