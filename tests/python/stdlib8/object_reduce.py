# What object's pickling methods say about ordinary classes: __reduce_ex__ for each
# protocol, __reduce__, __getstate__ with dicts and slots, and how pickle and copy use them.
import copy
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")


class Mixed(Point):
    __slots__ = ("tag",)


class Tagged(list):
    pass


class Custom:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Custom, (self.n * 2,))


class WithState:
    def __init__(self):
        self.keep = 1
        self.cache = {"big": "x" * 10}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


class Args:
    def __new__(cls, a, b=0):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)


def show(rv):
    parts = []
    for item in rv:
        if callable(item) and hasattr(item, "__name__"):
            parts.append(item.__name__)
        elif hasattr(item, "__next__"):
            parts.append("iter:" + repr(list(item)))
        elif isinstance(item, tuple):
            parts.append("(" + ", ".join(getattr(x, "__name__", repr(x)) for x in item) + ")")
        else:
            parts.append(repr(item))
    return "[" + ", ".join(parts) + "]"


p = Point(1, 2)
print("getstate:", p.__getstate__(), object().__getstate__(), repr(Point.__new__(Point).__getstate__()))
s = Slotted()
s.a = 5
print("slots getstate:", s.__getstate__())
m = Mixed(3, 4)
m.tag = "t"
print("mixed getstate:", m.__getstate__())
for proto in range(6):
    print("proto", proto, show(p.__reduce_ex__(proto)))
print("__reduce__:", show(p.__reduce__()))
print("custom:", show(Custom(4).__reduce_ex__(2)))
print("list subclass:", show(Tagged([1, 2]).__reduce_ex__(2)), show(Tagged([1, 2]).__reduce_ex__(1)))
print("args:", show(Args(7, 8).__reduce_ex__(2)))
print("object:", show(object().__reduce_ex__(2)))
print("set:", show({3}.__reduce_ex__(2)))
print("exception:", show(ValueError("bad", 1).__reduce_ex__(2)))
for what, call in [("slots proto 1", lambda: s.__reduce_ex__(1)),
                   ("no protocol", lambda: p.__reduce_ex__()),
                   ("list proto 0", lambda: [].__reduce_ex__(0))]:
    try:
        call()
    except TypeError as e:
        print(what, "->", e)
print("same method:", Point.__reduce_ex__ is object.__reduce_ex__, Custom.__reduce__ is object.__reduce__,
      Point.__getstate__ is object.__getstate__)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    objs = [p, Tagged([1, 2]), Custom(3), WithState(), Args(1, 2)]
    back = pickle.loads(pickle.dumps(objs, proto))
    print(proto, back[0], back[1], type(back[1]).__name__, back[2].n, back[3].keep, back[3].cache,
          back[4].a, back[4].b)
    try:
        mixed = pickle.loads(pickle.dumps(m, proto))
        print("  mixed:", mixed, mixed.tag)
    except TypeError as e:
        print("  mixed:", e)
print("slots, proto 2:", pickle.loads(pickle.dumps(s, 2)).a)
c = copy.copy(m)
d = copy.deepcopy([p, p, WithState()])
print("copy:", c, c.tag, d[0] is d[1], d[2].cache)
copyreg.pickle(Point, lambda pt: (Point, (pt.y, pt.x)))
print("registered:", copy.copy(p), pickle.loads(pickle.dumps(p)))
