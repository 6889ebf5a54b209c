"""File permissions and feature toggles with Flag and IntFlag."""
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXEC = 1
    ALL = 7


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.ALL, repr(Perm.ALL))
print(Perm.READ in rw, Perm.EXEC in rw, bool(rw), bool(Perm(0)))
print(list(rw), list(Perm), list(Perm.ALL), len(rw), len(Perm.ALL))
print(rw & Perm.WRITE, repr(rw & Perm.EXEC), rw ^ Perm.ALL, ~Perm.READ, ~Perm.ALL)
print(Perm(6), Perm(0), repr(Perm(0)), Perm(7) is Perm.ALL, (Perm.READ | Perm.WRITE | Perm.EXEC) is Perm.ALL)
print(rw.name, rw.value, Perm(0).name, Perm.READ.name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Feature(Flag):
    LOGGING = auto()
    METRICS = auto()
    TRACING = auto()
    CACHE = auto()


enabled = Feature(0)
for f in (Feature.LOGGING, Feature.CACHE, Feature.TRACING):
    enabled |= f
print(enabled, [m.name for m in enabled], Feature.CACHE.value, Feature.METRICS in enabled)
enabled &= ~Feature.TRACING
print(enabled, repr(enabled))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(m, repr(m), m == 5, m + 1, int(m), f"{m:03b}", Mode.R | 8, repr(Mode.R | 8))
print(repr(~Mode.R), repr(Mode(0)), Mode(3), repr(Mode(3)), isinstance(m, int), m & 4)
print(sorted([Mode.W, Mode.R, Mode.X]), max(Mode), [int(x) for x in Mode])
print(oct(Mode.R | Mode.W | Mode.X), {Mode.R: "r"}[4])
total = Mode(0)
for i in range(100):
    total |= Mode(1 << (i % 3))
print(repr(total))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    YELLOW = RED | GREEN
    WHITE = RED | GREEN | BLUE


print(Color.WHITE, list(Color.WHITE), repr(Color.YELLOW), Color.RED | Color.GREEN, Color.WHITE & ~Color.RED)
print([c.name for c in Color], Color(3) is Color.YELLOW, Color.__members__["WHITE"].value)
