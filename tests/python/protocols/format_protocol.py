# __format__, __str__ and __repr__ as format(), f-strings, str.format and print use them.


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}{self.currency[0]}"
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d") + " cents"
        amount = self.cents / 100
        return f"{format(amount, spec or '.2f')} {self.currency}"

    def __str__(self):
        return format(self)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:,.1f}", f"{m:>10c}", format(m, "08.3f"), "{:short}|{!r}|{!s}".format(m, m, m))
print(str(m), repr(m), [m], (m,), {"k": m}, "%s / %r" % (m, m))


class Plain:
    pass


p = Plain()
print(format(3.5, ""), format("abc", "^7"), format(p, "") == str(p))
try:
    format(p, "10")
except TypeError as e:
    print("TypeError:", e)


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "just str"


print(str(OnlyRepr()), f"{OnlyRepr()}", f"{OnlyRepr()!r:>12}", str(OnlyStr()), f"{OnlyStr()!s:_<10}")
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return None


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)


class Temperature(float):
    def __format__(self, spec):
        unit = "C"
        if spec.endswith(("C", "F")):
            unit, spec = spec[-1], spec[:-1]
        value = self if unit == "C" else self * 9 / 5 + 32
        return format(float(value), spec or ".1f") + "°" + unit


t = Temperature(21.5)
print(f"{t}", f"{t:F}", f"{t:.3C}", f"{t:>8.0F}", format(t), str(t), repr(t))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"({self.x:{spec}}, {self.y:{spec}})"


pt = Point(1.25, -3)
print(f"{pt}", f"{pt:.1f}", f"{pt:+}", f"{pt!r}", "{0:06.2f} and {0!r}".format(pt))
print(format(True, "d"), format(True, ""), format(None, ""), f"{None!r:>6}", format(12, "n"), format([1, 2]))
try:
    format([1, 2], "x")
except TypeError as e:
    print("TypeError:", e)
