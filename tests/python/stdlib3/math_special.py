"""math.gamma, lgamma, erf and erfc: a normal-distribution table and a few special values."""
import math


def phi(z):
    """Standard normal cumulative distribution."""
    return 0.5 * math.erfc(-z / math.sqrt(2))


print("  z    phi(z)              erf(z)")
for i in range(-30, 31, 5):
    z = i / 10
    print(f"{z:5.1f} {phi(z)!r:20} {math.erf(z)!r}")

grid = [i / 8 for i in range(-60, 200)] + [0.001, 1e-10, 1e-25, 170.5, 171.7, 180.0, -170.3, -180.7,
                                          33.3, 141.2, 150.5, -150.5, 5.0000001, 4.9999, 0.5, 2.5]
for x in grid:
    out = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(x, *out)

for x in [math.inf, -math.inf, math.nan, 0.0, -0.0, -1.0, 200.0, 1000.0, -1000.5, 1e-300]:
    for f in (math.gamma, math.lgamma, math.erf, math.erfc):
        try:
            print(f.__name__, x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, f"{type(e).__name__}({e})")

# factorials through gamma, and Stirling's approximation against lgamma
for n in range(1, 25):
    print(n, math.gamma(n) == math.factorial(n - 1), math.gamma(n))
for n in (10, 100, 1000):
    stirling = n * math.log(n) - n + 0.5 * math.log(2 * math.pi * n)
    print(n, round(math.lgamma(n + 1) - stirling, 12))
try:
    math.gamma("x")
except TypeError as e:
    print("TypeError:", e)
