values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e22, 1e-7,
          2.5e-7, 1 / 3, 2 / 3, 100.0, 1.5, 3.14159, 1e300 * 1e10, -1e300 * 1e10, 5e-324, 1.7976931348623157e308,
          0.1 * 3, 9007199254740993.0, 4.35, 2.675]
for v in values:
    print(repr(v), str(v))
print(float("nan"), float("inf"), float("-inf"), float(" 1.5 "), float("1e3"), float(7))
print(round(2.675, 2), round(1.005, 2), round(0.5), round(1.5), round(-0.5), round(3.14159, 3))
print(f"{3.14159:.2f} {2.5:.0f} {1e10:e} {0.000123:g} {123456789.0:g} {1.0:g} {1234.5:,.1f} {0.25:%}")
print("%.3f %e %g %10.4f|%-10.2f|" % (2.0 / 3, 12345.678, 0.00001234, 3.14159, 2.5))
print(1e16 + 1, 2.0 ** 53 + 1, 0.1 + 0.7, 1.1 * 1.1, 3 * 0.1, 1 - 0.9)
print(int(1e20), float(2 ** 70), 7.0 // 2, -7.0 // 2, 7.0 % -2, divmod(7.5, 2))
print(float.is_integer(3.0), (2.5).is_integer(), (0.5).as_integer_ratio())
import math
print(math.sqrt(2), math.pi, math.e, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.fabs(-3), math.log(math.e), math.log10(1000))
print(math.factorial(20), math.gcd(12, 18), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3))
print(max(1.5, 2), min(-0.0, 0.0), abs(-2.5), sum([0.1] * 10))
