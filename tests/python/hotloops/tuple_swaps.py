"""Parallel assignment in hot loops: swaps, rotations and Fibonacci-style updates, with the
right-hand side raising part way through and starred or mismatched targets."""


def fib_pairs(n):
    a, b = 0, 1
    seen = []
    for _ in range(n):
        a, b = b, a + b
        seen.append(a)
    return seen


def rotate(items, times):
    x, y, z = items
    for _ in range(times):
        x, y, z = y, z, x
    return x, y, z


def gcd_steps(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def flip(self):
        self.x, self.y = self.y, self.x
        return self


def bubble(values):
    values = list(values)
    for i in range(len(values)):
        for j in range(len(values) - 1 - i):
            if values[j] > values[j + 1]:
                values[j], values[j + 1] = values[j + 1], values[j]
    return values


def failing_rhs(n):
    a, b = 1, 2
    try:
        a, b = b, n // 0
    except ZeroDivisionError as e:
        print("caught:", e, "a, b still", a, b)


def mismatch():
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    first, *rest = (1, 2, 3)
    print("starred", first, rest)
    (p, q), r = (1, 2), 3
    print("nested", p, q, r)


print(fib_pairs(15))
print(fib_pairs(95)[-1])
print(rotate(("a", "b", "c"), 10))
print(gcd_steps(1071, 462), gcd_steps(2 ** 70, 3 ** 40))
pt = Point(1, 2).flip()
print(pt.x, pt.y)
print(bubble([5, 3, 9, 1, 7, 2, 8]))
failing_rhs(7)
mismatch()
x, y = 1, 2
x, y = y, x
print(x, y)


def last_swap():
    a, b = "left", "right"
    a, b = b, a
    return a, b, undefined_name


try:
    last_swap()
except NameError as e:
    print("NameError:", e)
