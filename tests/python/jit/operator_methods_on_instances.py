# Operators on instances of user classes in hot loops: the operator methods may be
# replaced, return NotImplemented, be overridden in a subclass met late, or raise.
import os
import traceback


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return NotImplemented
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)


def accumulate(n):
    total = Vec(0.0, 0.0, 0.0)
    step = Vec(0.5, 1.0, -0.25)
    for i in range(n):
        total = total + step * 2.0 - 0.5 * step
        total += step
        total = total / 1.0
    return total


print("accumulate", accumulate(2000))


def replaced_mid_loop(n):
    out = []
    a = Vec(1, 2, 3)
    for i in range(n):
        if i == n // 2:
            Vec.__add__ = lambda self, o: Vec(self.x * 10, self.y, self.z)
        b = a + a
        out.append(b.x)
    return out[0], out[n // 2 - 1], out[n // 2], out[-1]


saved_add = Vec.__add__
print("replaced", replaced_mid_loop(1000))
Vec.__add__ = saved_add


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented


class Coupon:
    def __init__(self, off):
        self.off = off

    def __radd__(self, other):
        return Money(other.cents - self.off)


def bill(n):
    m = Money(0)
    for i in range(n):
        m = m + Money(3)
        if i % 100 == 0:
            m = m + Coupon(1)
    return m.cents


print("bill", bill(1500), sum([Money(1), Money(2), Money(4)]).cents)


def unsupported(n):
    results = []
    for i in range(n):
        try:
            Vec(1, 1, 1) * Vec(2, 2, 2)
        except TypeError as e:
            results.append(str(e))
        try:
            m = Money(1)
            m += "x"
        except TypeError as e:
            results.append(str(e))
    return results[-2:], len(results)


print("unsupported", unsupported(600))


class Base:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return Base(self.v - o.v)

    def __lt__(self, o):
        return self.v < o.v


class Derived(Base):
    def __sub__(self, o):
        return Derived(self.v - 2 * o.v)

    def __rsub__(self, o):
        return Derived(o.v * 100 - self.v)


def differences(objs, n):
    acc = 0
    for i in range(n):
        a = objs[i % len(objs)]
        b = objs[(i + 1) % len(objs)]
        acc += (a - b).v
    return acc


base_only = [Base(i) for i in range(5)]
print("base", differences(base_only, 3000))
mixed = [Base(1), Derived(2), Base(3), Derived(5)]
print("mixed", differences(mixed, 3000), type(Base(1) - Derived(1)).__name__)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


def count_equal(n):
    keys = [Key(i % 7) for i in range(n)]
    probe = Key(3)
    same = 0
    for k in keys:
        if k == probe:
            same += 1
        if k != probe:
            same += 0
    try:
        {probe: 1}
    except TypeError as e:
        print("unhashable:", e)
    return same, Key.__hash__


print("equal", count_equal(2100))


class Fragile:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if self.v + o.v > 500:
            raise ValueError("too big: %d" % (self.v + o.v))
        return Fragile(self.v + o.v)


def grow(n):
    f = Fragile(0)
    one = Fragile(1)
    for i in range(n):
        f = f + one
    return f.v


try:
    grow(1000)
except ValueError:
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print(traceback.format_exc().replace(here, ""))


class Chain:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if self.n == 0:
            return other
        return Chain(self.n - 1) + other


def deep(n):
    try:
        return (Chain(n) + Chain(7)).n
    except RecursionError as e:
        return "RecursionError: " + str(e)


print("chain", sum(deep(30) for i in range(400)), deep(100000), deep(40))


class Pt:
    def __init__(self, x):
        self.x = x

    def __lt__(self, o):
        return self.x < o.x


def smallest(pts):
    best = pts[0]
    for p in pts:
        if p < best:
            best = p
    return best.x


print("smallest", smallest([Pt((i * 37) % 101) for i in range(3000)]))
