"""sys struct sequences, slice comparisons, type() naming its module, restricted eval/exec and
the messages of calls with * and ** arguments."""
import sys

print(sys.version_info.major, sys.version_info.minor >= 11, sys.version_info[:2] >= (3, 8))
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple), len(sys.version_info))
major, minor, *_ = sys.version_info
print(major, minor, sys.version_info.releaselevel)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max * 10, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.hash_info)
print(sys.flags.optimize, sys.flags.debug, sys.flags.verbose, sys.flags.hash_randomization)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(tuple(sys.float_info)[:3], sys.float_info.n_fields)
print(type(sys.float_info)(tuple(sys.float_info)) == sys.float_info)
try:
    type(sys.flags)((1,) * 18)
except TypeError as e:
    print("TypeError:", e)

s = slice(1, 10, 2)
print(s == slice(1, 10, 2), s != slice(1, 10), s.indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), sorted([slice(3, 4), slice(1, 5), slice(1, 2)]))
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)

Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: f"Point({self.x}, {self.y})"})
print(Point.__module__, Point.__name__, Point.__qualname__, Point())
Other = type("Other", (Point,), {"__module__": "geometry"})
print(Other.__module__, Other.__mro__[1].__name__)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))


Made = Meta("Made", (), {})
print(Made.__module__, type(Made).__name__)

for src in ["len('abc')", "x + 1", "abs(-2)"]:
    try:
        print(eval(src, {"__builtins__": {}, "x": 41}))
    except NameError as e:
        print("NameError:", e)
print(eval("len('abcd')", {"__builtins__": {"len": len}}))
ns = {"__builtins__": {}}
try:
    exec("y = max(1, 2)", ns)
except NameError as e:
    print("NameError:", e)
exec("y = 2 * 21", ns)
print(ns["y"], sorted(k for k in ns if k != "__builtins__"))


def f(*args, **kwargs):
    return args, kwargs


class Box:
    def put(self, *items, **opts):
        return items, opts


calls = [
    lambda: f(*5),
    lambda: f(1, *None),
    lambda: f(**[1]),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, a=2),
    lambda: Box().put(*3.5),
    lambda: Box().put(**"ab"),
    lambda: print(*7),
    lambda: [*8],
    lambda: (*None,),
    lambda: f(*[1, 2], *(3,), **{"k": 4}, j=5),
    lambda: f(*range(3), **dict(a=1), b=2),
    lambda: f(*"ab", **{"c": 1}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
