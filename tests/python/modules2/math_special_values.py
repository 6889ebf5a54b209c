import math

inf, nan = math.inf, math.nan
print(math.isinf(inf), math.isinf(-inf), math.isinf(nan), math.isnan(nan), math.isnan(inf), math.isfinite(1e308))
print(math.isfinite(inf), math.isfinite(nan), nan == nan, nan != nan, inf == inf, inf > 1e308, -inf < -1e308)
print(inf + 1, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf, inf * -1)
print(math.sqrt(inf), math.exp(-inf), math.exp(inf), math.log(inf), math.atan(inf), math.tanh(-inf))
print(math.floor(1e300), math.copysign(0.0, -1), math.fabs(-inf), math.hypot(inf, nan), math.hypot(nan, 1))
print(float("inf"), float("-Infinity"), float("nan"), float("  -inf "), repr(float("NaN")), str(-nan))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2, 5e-324, 5e-324 / 2, 1e-320)
print(max(1, nan), min(nan, 1), sorted([3, nan, 1])[1] if False else "skip", nan in [nan], [nan] == [nan])
x = float("nan")
print(x in [x], [x] == [x], x is x, {x: 1}.get(x), math.isnan(x + 1))
for name, args in [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (10, 1)), ("acos", (2,)),
                   ("asin", (-1.5,)), ("exp", (1000,)), ("pow", (0, -1)), ("pow", (-8, 0.5)),
                   ("fmod", (1, 0)), ("fmod", (inf, 1)), ("atanh", (1,)), ("acosh", (0.5,)), ("ldexp", (1.0, 10000)), ("cosh", (1000,)),
                   ("factorial", (-1,)), ("factorial", (2.5,)), ("isqrt", (-4,)), ("comb", (3, -1)),
                   ("log", ("x",)), ("sqrt", (None,)), ("floor", (nan,)), ("ceil", (inf,)), ("trunc", ("1",)),
                   ("remainder", (1, 0)), ("log2", (0,)), ("log10", (-10,)), ("log1p", (-1,)), ("frexp", ([],))]:
    try:
        r = getattr(math, name)(*args)
        print(f"{name}{args} = {r!r}")
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f"{name}{args}: {type(e).__name__}: {e}")
print(math.exp(709), math.exp(710) if False else "exp(710) overflows", math.log(1e-320))
print(int(1e20), int(-1.5e3), int(2 ** 53 + 1.0))
for bad in (inf, -inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(math.nan.is_integer(), (2.0).is_integer(), inf.hex(), (0.1).hex(), float.fromhex("0x1.8p1"))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(round(2.5), round(-0.5), round(0.5 + 1e-16), -0.0 == 0.0, str(-0.0), math.copysign(1, -0.0))
print(1 / 3, 2 / 3, 10 / 3, 1e16, 1e15, 123456789.123456789, 1.1 + 2.2, 3 * 1.1, 0.1 * 3)
print(float(10 ** 308), 10 ** 400 / 10 ** 399, (10 ** 400) // 3 % 1000)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3.0
except OverflowError as e:
    print("OverflowError:", e)
