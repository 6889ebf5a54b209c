# Numeric protocols on user classes: __int__, __float__, __index__, __round__, __trunc__, __floor__, __ceil__, __abs__.
import math


class Fraction:
    def __init__(self, num, den=1):
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g

    def __int__(self):
        return self.num // self.den if self.num >= 0 else -((-self.num) // self.den)

    def __float__(self):
        return self.num / self.den

    def __round__(self, ndigits=None):
        value = round(self.num / self.den, ndigits)
        return value

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return self.num // self.den

    def __ceil__(self):
        return -(-self.num // self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __repr__(self):
        return f"{self.num}/{self.den}"


f = Fraction(-7, 2)
print(int(f), float(f), round(f), round(f, 1), math.trunc(f), math.floor(f), math.ceil(f), abs(f), -f)
print(round(Fraction(5, 2)), round(Fraction(7, 2)), math.floor(Fraction(9, 4)), math.ceil(Fraction(9, 4)))
print(math.sqrt(Fraction(9, 4)), math.isclose(Fraction(1, 3), 0.3333333333333333), float(Fraction(10, 4)) * 2)
try:
    [1, 2, 3][Fraction(1)]
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 3


print(int(Idx()), float(Idx()) if hasattr(float, "__index__") else float(int(Idx())), bin(Idx()), oct(Idx()))
print(complex(Idx()) if False else "skip", math.factorial(Idx()), [0] * Idx(), "abcd"[Idx()])


class IntOnly:
    def __int__(self):
        return 7


print(int(IntOnly()))
for bad in (lambda: float(IntOnly()), lambda: bin(IntOnly()), lambda: round(IntOnly()), lambda: abs(IntOnly())):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "7"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
print(int("12"), int(b"34"), int(12.9), int(-0.5), float("  2.5\n"), float(b"1e3") if False else float("1e3"))
print(round(2.5), round(-0.5), round(0.5), round(1.5), round(7, 0), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(3), math.ceil(10**30 + 0.0) == 10**30)
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), abs(-0.0), -abs(-2**80))
print(divmod(7, 2), divmod(-7.5, 2), pow(2, 10), pow(2.0, -1), pow(-8, 1 / 3).__class__.__name__)
