"""A small geometry and bookkeeping program whose hot methods meet several classes at one
attribute site, vectors holding both ints and floats, and methods shadowed by instance
attributes once the code is compiled: the output must not depend on what was specialized."""


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"


class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name}: area={self.area():.3f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r
        super().__init__("circle")

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


def total_area(shapes):
    total = 0
    for s in shapes:
        total += s.area()
    return total


def sizes(shapes):
    out = []
    for s in shapes:
        out.append(s.name)
    return out


def walk(steps):
    pos = Vec(0, 0)
    vel = Vec(1, 2)
    acc = 0
    for i in range(steps):
        if i % 7 == 3:
            vel = vel * 0.5
        elif i % 11 == 5:
            vel = Vec(i % 3, -1)
        pos = pos + vel
        acc += pos.dot(vel)
    return pos, acc


shapes = []
for i in range(60):
    shapes.append(Rect(i, 2) if i % 3 == 0 else Circle(i / 4) if i % 3 == 1 else Square(i))

for round_ in range(40):
    t = total_area(shapes)
print(round(t, 6))
print(sizes(shapes)[:6])
print([s.describe() for s in shapes[:4]])
print(walk(300))
print(walk(2000)[1] > 0)

# a method shadowed by an instance attribute once everything is compiled
odd = shapes[4]
odd.area = lambda: -1000
print(round(total_area(shapes), 6))
print(sorted(vars(odd)))
del odd.area
print(round(total_area(shapes), 6))

# a method replaced in one class mid-run
Circle.area = lambda self: 2
print(round(total_area(shapes), 6))
print([type(s).__name__ for s in shapes[:5]], vars(shapes[0]))
