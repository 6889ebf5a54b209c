"""Method call sites whose receivers come from a growing family of classes: one class, then
three, then eight; a subclass created while the loop runs overrides the method; an instance
attribute shadows a method; a class reassigns __class__ of its instances; static methods
called through instances."""


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self, prefix, sep="-"):
        return prefix + sep + type(self).__name__ + sep + str(self.area())


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def area(self):
        return self.size * self.size // 2


class Line(Shape):
    sides = 1


def make_family():
    # eight classes, each with its own area() (some inherit one of the others)
    family = [Shape, Square, Triangle, Line]
    for k in range(4):
        def area(self, k=k):
            return self.size * (k + 10)
        family.append(type("Poly%d" % k, (Square if k % 2 else Shape,), {"area": area}))
    return family


def total_area(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


def sides_and_area(shapes):
    out = []
    for s in shapes:
        out.append(s.sides * 1000 + s.area())
    return sum(out)


def phase(name, shapes, rounds):
    t = 0
    for _ in range(rounds):
        t += total_area(shapes)
    print(name, t, sides_and_area(shapes))


# one class, then three, then eight at the same call sites
phase("one", [Square(i) for i in range(1, 6)], 300)
phase("three", [cls(i) for i in range(1, 7) for cls in (Square, Triangle, Line)], 300)
family = make_family()
phase("eight", [cls(i) for i in range(1, 4) for cls in family], 300)

# a subclass created mid-loop overrides the method the site has been calling
shapes = [Square(3), Triangle(4)]
t = 0
for i in range(600):
    if i == 300:
        class Cube(Square):
            def area(self):
                return 6 * self.size * self.size
        shapes.append(Cube(2))
    t += total_area(shapes)
print("subclass mid-loop", t)

# a method redefined on the class while the site is hot
t = 0
for i in range(600):
    if i == 200:
        Triangle.area = lambda self: -self.size
    if i == 400:
        del Triangle.area
    t += total_area([Square(2), Triangle(5), Line(1)])
print("method replaced on class", t)

# an instance attribute shadows the method for one object only
odd = Square(7)
shapes = [Square(1), Triangle(2), odd]
t = 0
for i in range(600):
    if i == 250:
        odd.area = lambda: 1000
    if i == 450:
        del odd.area
    t += total_area(shapes)
print("instance shadows method", t)

# __class__ reassigned on a live object at a hot site
box = Square(3)
shapes = [box, Triangle(3)]
seen = []
for i in range(600):
    if i % 150 == 0:
        box.__class__ = [Square, Triangle, Line, Shape][(i // 150) % 4]
        seen.append(type(box).__name__)
    total_area(shapes)
print("class reassigned", seen, total_area(shapes))

# keyword and default arguments at a polymorphic site
words = []
for i, s in enumerate([Square(2), Triangle(3), Line(4)] * 100):
    if i % 2:
        words.append(s.describe("k", sep="+"))
    else:
        words.append(s.describe("d"))
print("describe", len(words), words[:6])


# static methods and class methods through instances of several classes
class Codec:
    @staticmethod
    def encode(x):
        return x + 1

    @classmethod
    def name(cls):
        return cls.__name__


class Doubler(Codec):
    @staticmethod
    def encode(x):
        return x * 2


class Tripler(Codec):
    def encode(self, x):
        return x * 3


codecs = [Codec(), Doubler(), Tripler()]
t = 0
names = set()
for i in range(900):
    c = codecs[i % 3]
    t += c.encode(i)
    names.add(c.name())
print("static", t, sorted(names))


# a method that raises inside a polymorphic site: the traceback shows the right frames
class Broken(Shape):
    def area(self):
        return self.size // (self.size - 3)


shapes = [Broken(i) if i % 2 else Square(i) for i in range(1, 8)]
try:
    for _ in range(200):
        total_area(shapes)
except ZeroDivisionError as e:
    print("raised", type(e).__name__, e)
