import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, 0.5, 1.0, 2.0, 10.0]
for name in ("sqrt", "exp", "expm1", "log1p", "sin", "cos", "tan", "atan", "sinh", "tanh", "asinh",
             "fabs", "ceil", "floor", "trunc"):
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(f(v))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out)
print("log", math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(2 ** 1000))
print("pow", math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print("trig", math.asin(1), math.acos(0), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print("hypot", math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print("angles", math.degrees(math.pi), math.radians(180), math.degrees(1))
print("acosh", math.acosh(1), math.acosh(2), math.atanh(0.5))
print("fmod", math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3)
print("remainder", math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2))
print("modf", math.modf(3.75), math.modf(-3.75), math.modf(5.0))
print("frexp", math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1, -1074))
print("copysign", math.copysign(3, -0.0), math.copysign(-2, 1))
print("fsum", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print("prod", math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6), start=2))
print("isclose", math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print("ceil/floor ints", math.ceil(-2.5), math.floor(-2.5), math.trunc(-2.5), type(math.ceil(2.1)), math.ceil(10 ** 20 + 0.0))
print("nextafter", math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300))
print("cbrt-ish", 27 ** (1 / 3), math.exp(math.log(27) / 3))
print("sumprod", sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
print(round(math.sin(math.pi), 12), math.cos(math.pi), math.tan(math.pi / 4))
print(math.sqrt(2) ** 2, math.isqrt(2 ** 64), math.sqrt(10 ** 30))


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v

    def __ceil__(self):
        return "custom ceil"

    def __floor__(self):
        return "custom floor"


print(math.sqrt(Meters(16.0)), math.ceil(Meters(1.2)), math.floor(Meters(1.2)), math.trunc(7.9))
