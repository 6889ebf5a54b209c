print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(123, 1), round(-7, 0))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), type(round(3.7)), type(round(3.7, 0)))
print(round(1e300, -300), round(1.5e-5, 5), round(2.5e-5, 5))
print(round(10 ** 30 + 5, -1), round(-(10 ** 20) + 50, -2))
print(round(float("inf"), 2), round(float("nan"), 1))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        return f"Money.round({ndigits})"


print(round(Money(5)), round(Money(5), 2))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(10 ** 25, 7))
print(divmod(0, 5), divmod(True, 2))
for a, b in ((1, 0), (1.0, 0), (0, 0.0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10 ** 9 + 7), pow(5, 0, 1))
print(pow(10 ** 20, 3, 13), pow(7, -2, 13), pow(-1, -1, 5))
print(pow(-8, 1 / 3))
print(2 ** 0.5, (-2) ** 2, -2 ** 2, 2 ** -2, 10 ** 18 * 10, 0.0 ** 0)
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3), (0, -1)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=3))
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 30), abs(complex(3, -4)))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)


class Vec:
    def __abs__(self):
        return 42


print(abs(Vec()))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(10 ** 20))
print(int("ff", 16), int("0o17", 0), int("0b101", 0), int(" 12 "), int("1_000"), int(3.99), int(-3.99))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 12


print(hex(Idx()), bin(Idx()), oct(Idx()), list(range(20))[Idx()])
