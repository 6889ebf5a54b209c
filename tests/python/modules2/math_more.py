import math

for x in [0.0, -0.0, 0.5, -0.5, 1.0, 2.5, -3.0, 10.0, 1e-9, 1e10, 1e300]:
    print(x, math.asinh(x), math.log1p(abs(x)), math.expm1(x) if x < 700 else "big", f"{math.cbrt(x):.12g}")
for x in [1.0, 1.5, 2.0, 3.0, 100.0, 1e20]:
    print(x, math.acosh(x))
for x in [0.0, 0.1, -0.3, 0.5, 0.75, -0.99, 0.999999]:
    print(x, math.atanh(x))
for x in [1.0, 0.1, -8.5, 1e-320, 3.0e300, 0.0, -0.0]:
    print(x, math.frexp(x), math.modf(x), math.ulp(x))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.exp2(10), math.exp2(0.5))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, math.inf))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2))
print(math.prod(["ab", 3]), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
for bad in [lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.ldexp(1.0, 5000),
            lambda: math.remainder(1, 0), lambda: math.perm(-1), lambda: math.dist((1,), (1, 2)),
            lambda: math.ldexp(1.0, 2.0), lambda: math.expm1(1000)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
