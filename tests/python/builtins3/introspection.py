class Base:
    kind = "base"

    def hello(self):
        return "hi"


class Point(Base):
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(vars(p))
print(sorted(k for k in vars(Point) if not k.startswith("__")))
print([n for n in dir(p) if not n.startswith("__")])
print("__init__" in dir(Point), "x" in dir(Point), "x" in dir(p))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(p, "x"), getattr(p, "z", "no z"), hasattr(p, "norm1"), hasattr(p, "nope"))
setattr(p, "z", 10)
print(p.z, vars(p))
delattr(p, "z")
print(hasattr(p, "z"))
try:
    delattr(p, "z")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(Point, "kind"), getattr(p, "norm1")(), getattr(Point, "hello")(p))
print(callable(p), callable(Point), callable(p.norm1), callable(len), callable(None), callable(lambda: 0))


class Fn:
    def __call__(self):
        return "called"


print(callable(Fn()), Fn()())
print(isinstance(p, Point), isinstance(p, Base), isinstance(p, (int, str, Base)), isinstance(3, (int, float)))
print(issubclass(Point, Base), issubclass(bool, int), issubclass(Point, (str, Point)), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
try:
    isinstance(p, "Point")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(p, Point)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(p, (int, (str, (Base,)))))
print(type(p).__name__, type(p).__mro__[1].__name__, Point.__bases__, Point.__name__, Point.__qualname__)
print(type(3), type("s"), type(None), type(type), type(len), type(p.norm1).__name__)
Dyn = type("Dyn", (Point,), {"extra": lambda self: self.x * 100})
d = Dyn(1, 2)
print(Dyn.__name__, d.extra(), d.norm1(), Dyn.__mro__[-1], isinstance(d, Base))


print(vars() is globals(), "Point" in vars())
print(id(p) == id(p), id(p) != id(Point(3, -4)), hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)) == hash((1, 2)), hash("") == 0, hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
print(hash(3.5), hash(float("inf")), hash(-0.0), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
print(len("abc"), len([1] * 5), len({}), len(range(3, 30, 4)), len(b"xyz"), len({1: 2}.keys()))


class Sized:
    def __len__(self):
        return 7


class Negative:
    def __len__(self):
        return -1


print(len(Sized()))
for bad in (5, Negative()):
    try:
        len(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
