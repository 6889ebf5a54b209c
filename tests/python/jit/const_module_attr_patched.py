# Module attributes (functions and constants) monkey-patched while hot code uses them.
import math
import os


def norms(points):
    total = 0.0
    for x, y in points:
        total += math.sqrt(x * x + y * y)
    return total


pts = [(i % 17, i % 11) for i in range(3000)]
print(round(norms(pts), 6))
real_sqrt = math.sqrt
math.sqrt = lambda v: 1.0
print(round(norms(pts), 6))
math.sqrt = real_sqrt
print(round(norms(pts), 6))


def circles(n):
    area = 0.0
    for r in range(n):
        area += math.pi * r * r
        if r == n // 2:
            math.pi = 3
    return area


print(round(circles(2000), 3))
print(math.pi)
math.pi = 3.141592653589793


def joined(parts, n):
    out = []
    for i in range(n):
        out.append(os.path.join(*parts))
        if i == n - 3:
            os.path.join = lambda *p: "|".join(p)
    return out


print(joined(["a", "b", "c"], 400)[-5:])


def square_roots(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i)
    return s


print(round(square_roots(5000), 4))
del math.sqrt
try:
    square_roots(10)
except AttributeError as e:
    print("AttributeError:", e)
