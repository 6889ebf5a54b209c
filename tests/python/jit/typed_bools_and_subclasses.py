# Bools are ints in arithmetic (True + 1), but not in repr; int and float subclasses flowing
# through typed code keep their own methods; values changing kind in a hot loop.


class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other) + 1000)

    def __repr__(self):
        return "Meters(%d)" % int(self)


class Temperature(float):
    def __sub__(self, other):
        return Temperature(float(self) - float(other) - 0.5)

    def __lt__(self, other):
        return float(self) > float(other)


def add_all(values):
    total = 0
    for v in values:
        total = total + v
    return total


print(add_all([1, 2, 3]))
print(add_all([True, True, 1]))
print(repr(add_all([Meters(1), 2])), repr(Meters(5) + 1))
print(add_all([1, 2.5, True]))


def bool_math(n):
    r = []
    for i in range(n):
        b = i % 2 == 0
        r.append((b + 1, b * 3, -b, b + True, b * False, int(b) << 2, b - 1))
    return r


print(bool_math(3))


def diffs(values):
    out = []
    prev = values[0]
    for v in values[1:]:
        out.append(repr(v - prev))
        out.append(v < prev)
        prev = v
    return out


print(diffs([1.0, 2.0, Temperature(3.0), 4.0, Temperature(1.0)]))


def mixed_kinds(n):
    x = 0
    seen = []
    for i in range(n):
        if i == 5:
            x = x + 0.5
        elif i == 10:
            x = str(x)
        elif i == 15:
            x = [x]
        elif i == 20:
            x = 2 ** 70
        if isinstance(x, (int, float)):
            x = x + 1
        seen.append(type(x).__name__)
    return x, seen


print(mixed_kinds(25))


def truthiness(items):
    n = 0
    for it in items:
        if it:
            n += 1
        if not it:
            n += 100
    return n


print(truthiness([0, 1, 0.0, -0.0, float("nan"), "", "a", [], [0], None, True, False, 2 ** 80]))
