# Float attributes updated in hot loops (stored unboxed by compiled code): their values,
# identities and dict views must stay exactly CPython's.
import math


class Body:
    def __init__(self, x, y, vx, vy, mass):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass

    def advance(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt


def simulate(bodies, steps, dt):
    for _ in range(steps):
        for i, a in enumerate(bodies):
            for b in bodies[i + 1:]:
                dx = a.x - b.x
                dy = a.y - b.y
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * math.sqrt(d2))
                a.vx -= dx * b.mass * mag
                a.vy -= dy * b.mass * mag
                b.vx += dx * a.mass * mag
                b.vy += dy * a.mass * mag
        for body in bodies:
            body.advance(dt)


bodies = [Body(0.0, 0.0, 0.0, 0.0, 10.0), Body(1.0, 0.0, 0.0, 1.0, 1.0), Body(-2.0, 0.5, 0.3, -0.7, 0.5)]
simulate(bodies, 3000, 0.001)
for b in bodies:
    print(f"{b.x:.9f} {b.y:.9f} {b.vx:.9f} {b.vy:.9f}")
print(repr(bodies[1].x), repr(bodies[2].vy))


# a float attribute replaced by an int, a str and None in the middle of a hot loop
class Counter:
    def __init__(self):
        self.total = 0.0


def accumulate(c, n, switch_at, replacement):
    for i in range(n):
        if i == switch_at:
            c.total = replacement
        if isinstance(c.total, float):
            c.total = c.total + 0.5
        elif isinstance(c.total, int):
            c.total = c.total + 1
        elif c.total is None:
            c.total = 1.25
        else:
            c.total = c.total + "!" if len(c.total) < 6 else c.total
    return c.total


for repl in (7, "ab", None, 2.5):
    print(repr(accumulate(Counter(), 4000, 2500, repl)))


# identity of a stored float read twice, and escaping into containers
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def identities(p, n):
    same = 0
    kept = []
    for i in range(n):
        p.x = p.x + 1.0
        if p.x is p.x:
            same += 1
        if i % 1000 == 0:
            kept.append(p.x)
    a = p.x
    p.x = a
    return same, kept, a is p.x, p.x is p.x


print(identities(Point(0.0, 0.0), 5000))
held = Point(1.5, 2.5)
first = held.x
for _ in range(3000):
    held.y = held.y * 1.0
print(first is held.x, held.x is held.x, held.y)


# NaN and -0.0 in slots
def specials(p, n):
    for i in range(n):
        p.x = p.x * -1.0
        p.y = p.y + float("nan") if i == n - 1 else p.y
    return p.x, p.y


s = specials(Point(-0.0, 1.0), 3000)
print(s, math.copysign(1.0, s[0]), math.isnan(s[1]))
z = Point(0.0, float("nan"))
for _ in range(2001):
    z.x = -z.x
print(repr(z.x), z.y != z.y, z.y is z.y, math.copysign(1.0, z.x))


# vars() and __dict__ while a compiled loop updates float slots
def drift(p, n):
    views = []
    for i in range(n):
        p.x = p.x + 0.25
        p.y = p.y - 0.5
        if i % 1500 == 0:
            views.append(dict(vars(p)))
    return views


q = Point(0.0, 10.0)
for v in drift(q, 4500):
    print(v)
print(q.__dict__, sorted(vars(q).items()))
q.__dict__["x"] = 99.0
print(q.x, drift(q, 1)[0])


# __class__ assignment between classes with the same layout
class Vec(Point):
    def norm(self):
        return math.hypot(self.x, self.y)


class Other(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)


def norms(points, n):
    total = 0.0
    for i in range(n):
        p = points[i % len(points)]
        p.x = p.x + 0.001
        total += p.norm()
        if i == n // 2:
            points[0].__class__ = Other
    return round(total, 6)


pts = [Vec(3.0, 4.0), Vec(1.0, 1.0)]
print(norms(pts, 6000), type(pts[0]).__name__, pts[0].x)


# __slots__ classes with float members, and a subclass adding attributes
class Slotted:
    __slots__ = ("x", "v")

    def __init__(self, x, v):
        self.x = x
        self.v = v


class Particle(Point):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.charge = -1.0


def step_all(items, n):
    for _ in range(n):
        for it in items:
            it.x = it.x + 0.125
    return [it.x for it in items]


print(step_all([Slotted(0.0, 1.0), Slotted(1.0, 2.0)], 3000))
mixed = [Point(0.0, 0.0), Particle(1.0, 1.0), Point(2.0, 2.0)]
print(step_all(mixed, 3000), mixed[1].charge, vars(mixed[1]))
try:
    Slotted(1.0, 2.0).y = 1.0
except AttributeError as e:
    print(type(e).__name__, e)


# getattr/setattr from the interpreter on objects whose slots compiled code writes
def mirror(p, n):
    for i in range(n):
        p.x = p.x + 2.0
        if i % 999 == 0:
            setattr(p, "y", getattr(p, "x") / 2)
    return p.x, p.y


print(mirror(Point(0.0, 0.0), 4000))


class State:
    def __init__(self):
        self.level = 1.0
        self.name = "s"

    def __getstate__(self):
        return dict(self.__dict__)


st = State()
for _ in range(3000):
    st.level *= 1.0001
print(round(st.level, 9), st.__getstate__())
del st.level
print(hasattr(st, "level"), vars(st))
