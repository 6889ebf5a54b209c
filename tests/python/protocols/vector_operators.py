# Every binary operator with its reflected and in-place forms on a small vector class.


class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vec{self.xs}"

    def _zip(self, other, fn):
        if isinstance(other, Vec):
            if len(other.xs) != len(self.xs):
                raise ValueError("dimension mismatch")
            return Vec(*(fn(a, b) for a, b in zip(self.xs, other.xs)))
        if isinstance(other, (int, float)):
            return Vec(*(fn(a, other) for a in self.xs))
        return NotImplemented

    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o): return self._zip(o, lambda a, b: a ** b)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)

    def __matmul__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __divmod__(self, o):
        return (self // o, self % o)

    def __radd__(self, o): return self._zip(o, lambda a, b: b + a)
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a)
    def __rmul__(self, o): return self._zip(o, lambda a, b: b * a)
    def __rtruediv__(self, o): return self._zip(o, lambda a, b: b / a)
    def __rfloordiv__(self, o): return self._zip(o, lambda a, b: b // a)
    def __rmod__(self, o): return self._zip(o, lambda a, b: b % a)
    def __rpow__(self, o): return self._zip(o, lambda a, b: b ** a)
    def __rlshift__(self, o): return self._zip(o, lambda a, b: b << a)
    def __rrshift__(self, o): return self._zip(o, lambda a, b: b >> a)
    def __rand__(self, o): return self._zip(o, lambda a, b: b & a)
    def __ror__(self, o): return self._zip(o, lambda a, b: b | a)
    def __rxor__(self, o): return self._zip(o, lambda a, b: b ^ a)

    def __iadd__(self, o):
        print("  (in-place add)")
        r = self + o
        self.xs = r.xs
        return self

    def __imul__(self, o):
        print("  (in-place mul)")
        self.xs = (self * o).xs
        return self

    def __neg__(self): return Vec(*(-a for a in self.xs))
    def __pos__(self): return Vec(*(+a for a in self.xs))
    def __abs__(self): return sum(a * a for a in self.xs) ** 0.5
    def __invert__(self): return Vec(*(~a for a in self.xs))


v = Vec(6, 9)
w = Vec(2, 3)
print(v + w, v - w, v * w, v / w, v // w, v % w, v ** w)
print(v << 1, v >> 1, v & 5, v | 1, v ^ 3, v @ w, divmod(v, w))
print(1 + v, 100 - v, 2 * v, 36 / v, 20 // v, 20 % v, 2 ** w, 1 << w, 64 >> w, 3 & v, 8 | v, 1 ^ v)
print(-v, +v, abs(Vec(3, 4)), ~v)
alias = v
v += w
print(v, alias is v)
v *= 2
print(v)
v -= 1
print(v, alias is v, alias)
v //= 1
v **= 1
v %= 100
v <<= 1
v >>= 1
v &= 255
v |= 0
v ^= 0
print(v)
v /= 2
print(v)
for bad in (lambda: v + "s", lambda: "s" * v, lambda: v @ 3, lambda: 3 @ v, lambda: Vec(1) + Vec(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Meters(float):
    def __add__(self, o):
        return Meters(float(self) + float(o))

    def __radd__(self, o):
        print("  Meters.__radd__ wins as the subclass")
        return Meters(float(o) + float(self))

    def __repr__(self):
        return f"{float(self)}m"


print(Meters(1.5) + 2, 2.0 + Meters(1.5), sum([Meters(1), Meters(2)]))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


print(sum([Money(150), Money(275), Money(5)]), Money(1) + Money(2))
try:
    Money(1) + 2.5
except TypeError as e:
    print("TypeError:", e)
x = [1, 2]
y = x
x += (3,)
x *= 2
print(x, y is x)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
