# A subclass of a built-in type calls the base type's own methods explicitly:
# dict.__setitem__(self, ...) must reach dict's implementation, not the override.


class Doubling(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value * 2)

    def __getitem__(self, key):
        return dict.__getitem__(self, key) + 1

    def __delitem__(self, key):
        print("deleting", key)
        dict.__delitem__(self, key)

    def __eq__(self, other):
        return dict.__eq__(self, other)


d = Doubling()
d["a"] = 1
d["b"] = 5
print(d["a"], d["b"], dict(d))
del d["a"]
print(d == {"b": 10}, d != {"b": 10}, d == {"b": 11})
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)


class Stack(list):
    def __getitem__(self, i):
        return list.__getitem__(self, -1 - i)

    def __setitem__(self, i, v):
        list.__setitem__(self, i, str(v))

    def __delitem__(self, i):
        list.__delitem__(self, 0)

    def __lt__(self, other):
        return list.__lt__(self, other)


s = Stack([1, 2, 3])
print(s[0], s[2], s[0:1] if False else list(s))
s[1] = 20
print(list(s))
del s[5]
print(list(s), s < ["3"], s < ["20", 4], list.__lt__(s, 5))


class Name(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


n = Name("Guido")
print(n[0], n[1:3], n == "GUIDO", n == "guido", str.__eq__(n, "Guido"), str.__eq__(n, 3))
