# Classes that intercept every attribute read with __getattribute__.

class AccessCounter:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
        object.__setattr__(self, "_counts", {})

    def __getattribute__(self, name):
        if not name.startswith("_"):
            counts = object.__getattribute__(self, "_counts")
            counts[name] = counts.get(name, 0) + 1
        return super().__getattribute__(name)

    def area(self):
        return self.w * self.h


r = AccessCounter(w=3, h=4)
total = 0
for _ in range(50):
    total += r.area()
print(total, sorted(r._counts.items()))


class Proxy:
    """Forwards reads to a wrapped object, except its own slot."""

    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name == "_target":
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.__len__())
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    color = "red"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<default {name}>"


d = Defaults()
d.size = 10
print(d.color, d.size, d.secret, d.other)
print(getattr(d, "secret"), hasattr(d, "secret"))


class Strict:
    def __getattribute__(self, name):
        if name.startswith("x"):
            raise AttributeError(f"no {name} here")
        return object.__getattribute__(self, name)


s = Strict()
s.x1 = 5
s.y = 6
print(s.y, hasattr(s, "x1"), getattr(s, "x1", "missing"))
try:
    print(s.x1)
except AttributeError as e:
    print("AttributeError:", e)


class Upper:
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value


class Child(Upper):
    def __init__(self):
        self.name = "child"
        self.n = 1


c = Child()
words = []
for i in range(5):
    c.n += i
    words.append(c.name)
print(c.n, words)


class Plain:
    def __init__(self):
        self.v = 1


def read(o):
    return o.v


Hooked = type("Hooked", (Plain,), {"__getattribute__": lambda self, n: 99})
objs = [Plain(), Hooked()]
print([read(o) for o in objs * 3])
