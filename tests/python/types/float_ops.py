# float reprs, rounding, division signs and special values.
import math

values = [0.1, 0.2, 0.1 + 0.2, 1e16, 1.0e22, 1e-7, 123456789.123456789, 2.5e-324, 1.7976931348623157e308,
          -0.0, 100.0, 1/3, 2/3, 5e-324, 9007199254740993.0, 0.30000000000000004]
for v in values:
    print(repr(v), str(v), v.is_integer())

print(float("inf"), float("-inf"), float("nan"), float(" 1_000.5 "), float("-1e3"), float("Infinity"))
print(math.inf > 1e308, -math.inf < -1e308, math.nan == math.nan, math.isnan(float("nan")))
for bad in ("abc", "", "1.2.3", "1e"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)

print((0.5).hex(), (1.0).hex(), (-0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((0.75).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.125).as_integer_ratio())

for x in (2.5, 3.5, -2.5, 0.125, 2.675, 1.005, 12345.6789):
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))

print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(5 / 2, -5 / 2, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, (-8.0) ** (1 / 3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.fmod(-7.5, 2))
for op in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1):
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)

print(float(10**20), float(2**53 + 1), 10**20 / 3, 2**1000 / 2**999)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 3
except OverflowError as e:
    print("OverflowError:", e)

print(1.0 == 1, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e-320 > 0)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float("inf")))
print(sum([0.1] * 10), math.fsum([0.1] * 10), max(1.5, 2), min(-0.0, 0.0))
print(f"{1/7:.3f} {1e10:e} {0.000123:g} {1234567.0:,.2f} {0.25:%} {-0.0:+}")
print(sorted([3.5, -1.0, 2, 0.0, -0.5]), 3.0 .__trunc__(), (2.0).conjugate())
print(float.__name__, type(1e3).__name__, isinstance(1.0, float), float(True))
