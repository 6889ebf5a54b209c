"""Float powers in hot loops: square roots, squares and cubes, with bases that turn
negative (a complex result), zero to a negative power and overflow partway through."""
import math


def distances(points):
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        total += ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    return total


def powers(bases, exponent):
    out = []
    for b in bases:
        try:
            out.append(b ** exponent)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: %s" % e)
        except OverflowError as e:
            out.append("OverflowError: %s" % (e,))
    return out


def mixed(n):
    acc = 0.0
    k = 3
    for i in range(1, n):
        x = i * 0.25
        acc += x ** k - 2 ** x / (1 + i) ** 1.5
        acc -= (i % 7) ** 0.5
    return acc


def main():
    pts = [(i * 0.5, (i * 7 % 11) * 0.3) for i in range(400)]
    for _ in range(30):
        d = distances(pts)
    print("path length %.9f" % d)

    bases = [float(i) for i in range(-3, 4)] + [0.0, -0.0, 1e300, -1e300, math.inf, -math.inf, math.nan]
    for exponent in (0.5, 2, 3.0, -1, -2.5, 1e10, 0.0):
        for _ in range(60):
            r = powers(bases, exponent)
        print(exponent, r)

    ints = list(range(-4, 5))
    for _ in range(60):
        r = powers(ints, 0.5)
    print(r)
    for _ in range(60):
        r = powers(ints, 2.0)
    print(r)

    for _ in range(20):
        m = mixed(500)
    print("mixed %.6f" % m)

    # a base that turns negative only late: the compiled square root must leave
    vals = [4.0] * 300 + [-4.0]
    print(powers(vals, 0.5)[-3:])


main()
