# __slots__: memory-lean records, what they forbid, and how they inherit.

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (AttributeError, TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


p = Point(1, 2)
print(p, Point.__slots__, Point.x, type(Point.x).__name__, Point.x.__name__)
p.x += 10
print(p)
attempt("new attribute", lambda: setattr(p, "z", 3))
attempt("__dict__", lambda: p.__dict__)
attempt("vars", lambda: vars(p))
print(hasattr(p, "__dict__"), hasattr(p, "x"))
del p.y
attempt("deleted slot", lambda: p.y)
attempt("delete again", lambda: delattr(p, "y"))
p.y = 5
print(p, getattr(p, "y"))

# many instances in a loop, each with its own values
pts = [Point(i, i * i) for i in range(2000)]
print(sum(q.x + q.y for q in pts), pts[-1])


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3D({self.x}, {self.y}, {self.z})"


q = Point3D(1, 2, 3)
print(q, Point3D.__slots__)
attempt("subclass new attribute", lambda: setattr(q, "w", 4))


class Tagged(Point):
    """No __slots__ of its own: instances get a __dict__ again."""


t = Tagged(1, 2)
t.label = "origin-ish"
print(t.__dict__, t.x, t.label)


class WithDict:
    __slots__ = ("a", "__dict__", "__weakref__")


w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)


class Private:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = 42
        self.public = "yes"

    def reveal(self):
        return self.__secret


pr = Private()
print(pr.reveal(), Private.__slots__, sorted(k for k in vars(Private) if "secret" in k))

single = type("Single", (), {"__slots__": "only"})
s = single()
s.only = 1
print(s.only, repr(single.only))


def define(body):
    try:
        return type("Bad", (), body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


define({"__slots__": ("a",), "a": 1})
define({"__slots__": ("1a",)})
define({"__slots__": ("__dict__", "__dict__")})
define({"__slots__": 5})
try:
    class BadInt(int):
        __slots__ = ("extra",)
except TypeError as e:
    print("TypeError:", e)


class Frozen(tuple):
    __slots__ = ()


f = Frozen((1, 2))
attempt("tuple subclass attribute", lambda: setattr(f, "x", 1))
print(f, type(f).__name__)
attempt("wrong owner", lambda: Point.x.__get__(Tagged.__new__(WithDict)))
