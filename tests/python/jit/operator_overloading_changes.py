# Operators resolved through dunder methods that appear, change and vanish mid-loop.
class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"V({self.x})"


def add(a, b):
    return a + b


results = []
for i in range(3000):
    if i == 1000:
        V.__add__ = lambda self, o: V(self.x + (o.x if isinstance(o, V) else o))
    if i == 2000:
        V.__radd__ = lambda self, o: V(o * 100 + self.x)
    try:
        results.append(repr(add(V(i), 1)) if i % 2 else repr(add(1, V(i))))
    except TypeError as e:
        results.append("TypeError")
print(results.count("TypeError"), results[999:1003], results[-2:])


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k % 10 == other.k % 10

    def __hash__(self):
        return self.k % 10


d = {}
for i in range(1000):
    d[Key(i)] = i
print(len(d), sorted(v for v in d.values())[:3])
print(Key(3) == Key(13), Key(3) != Key(4), Key(1) in d)
cmp = []
for i in range(2000):
    if i == 1000:
        Key.__lt__ = lambda self, o: self.k < o.k
    try:
        cmp.append(Key(i) < Key(i + 1))
    except TypeError:
        cmp.append(None)
print(cmp.count(None), cmp.count(True))
