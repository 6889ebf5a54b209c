# Floats and ints mixed in compiled arithmetic: true division, floor division and modulo signs,
# -0.0, infinities, NaN comparisons, and ZeroDivisionError raised from inside a hot loop.
import math


def divisions(pairs):
    out = []
    for a, b in pairs:
        out.append((a / b, a // b, a % b))
    return out


print(divisions([(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 2.5), (-0.0, 3), (1, 3)]))
print(divisions([(2 ** 60, 3), (10 ** 18, 7), (-(2 ** 62), 5)]))


def signs():
    r = []
    z = 0.0
    for i in range(3):
        z = -z
        r.append((z, repr(z * 1), repr(z + 0.0), repr(-z), abs(z)))
    return r


print(signs())


def nan_and_inf():
    nan = float("nan")
    inf = float("inf")
    r = []
    for x in [nan, inf, -inf, 0.0, 1.5]:
        r.append((x < 1.0, x > 1.0, x == x, x != x, x <= inf, min(x, 2.0), max(2.0, x)))
    return r


for row in nan_and_inf():
    print(row)


def inverse_sum(values):
    total = 0.0
    for v in values:
        total += 1 / v
    return total


print(inverse_sum([1, 2, 4, 8.0]))
try:
    print(inverse_sum([1, 2, 0, 4]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(inverse_sum([1.0, 0.0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def floor_mods(n):
    r = []
    for i in range(-n, n):
        try:
            r.append((i // 3, i % -3, i % 3.0, divmod(i, 4)))
        except ZeroDivisionError:
            r.append(None)
    return r


print(floor_mods(4))


def mod_by_zero(xs):
    out = []
    for x in xs:
        try:
            out.append(10 % x)
        except ZeroDivisionError as e:
            out.append(str(e))
        try:
            out.append(10.0 // x)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


print(mod_by_zero([3, 0, -3, 0.0]))


def roots(xs):
    out = []
    for x in xs:
        try:
            out.append(math.sqrt(x))
        except ValueError as e:
            out.append("ValueError: %s" % e)
    return out


print(roots([4, 2.25, 0, -0.0, -1, float("inf"), 1e308]))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 == 1e20)


def compare_mixed(n):
    hits = 0
    for i in range(n):
        if i < 2.5 or i == 7.0:
            hits += 1
    return hits


print(compare_mixed(10))
