import cmath
import math

# Roots of quadratics with complex results, the classic use.
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

for coeffs in [(1, 0, 1), (1, 2, 5), (2, -3, 1), (1, 1, 1), (3, 0, -12)]:
    print(coeffs, roots(*coeffs))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)

points = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2 + 3j, 3 - 4j, 1e-8 + 1e-8j, 100 + 0.5j,
          complex(-0.0, 0.0), complex(-2.0, -0.0), complex(0.0, -3.0), 0.71 + 0.2j, 750 - 2j]
def fmt(z):
    # 12 significant digits: the last bit of a libm result is not what this test is about
    return f"({z.real:.12g}{z.imag:+.12g}j)"


funcs = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for z in points:
    out = []
    for name in funcs:
        try:
            out.append(f"{name}={fmt(getattr(cmath, name)(z))}")
        except (ValueError, OverflowError) as e:
            out.append(f"{name}:{type(e).__name__}({e})")
    print(repr(z))
    for i in range(0, len(out), 4):
        print("   ", "  ".join(out[i:i + 4]))

# branch cuts: the sign of a zero imaginary part picks the side
for z in [complex(-4, 0.0), complex(-4, -0.0)]:
    print(cmath.sqrt(z), cmath.log(z), cmath.phase(z))
for z in [complex(2, 0.0), complex(2, -0.0)]:
    print(cmath.asin(z), cmath.acos(z), cmath.atanh(z))
for z in [complex(0.0, 2), complex(-0.0, 2)]:
    print(cmath.atan(z), cmath.asinh(z))

print(cmath.polar(3 + 4j), cmath.polar(-1), cmath.rect(2, math.pi / 2), cmath.rect(1.5, 0))
print(cmath.phase(-1 + 0j), cmath.phase(complex(-1, -0.0)), abs(cmath.rect(*cmath.polar(1 + 2j)) - (1 + 2j)) < 1e-15)
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1), cmath.log10(-100))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10, abs_tol=1e-9))


class Impedance:
    def __init__(self, r, x):
        self.r, self.x = r, x

    def __complex__(self):
        return complex(self.r, self.x)


print(cmath.polar(Impedance(3, 4)), cmath.exp(Impedance(0, math.pi)))

for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000),
            lambda: cmath.sqrt("x"), lambda: cmath.log(1, 1), lambda: cmath.isclose(1, 1, rel_tol=-1)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
