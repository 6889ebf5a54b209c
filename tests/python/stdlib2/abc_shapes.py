"""Abstract shapes: abstract methods, properties, partial implementations."""
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        """Surface of the shape."""

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def sides(self):
        ...

    def describe(self):
        return f"{self.name}: {self.sides} sides, area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def sides(self):
        return 4


class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    @property
    def sides(self):
        return 0


class HalfDone(Shape):
    def area(self):
        return 0


shapes = [Rectangle(3, 4), Square(2.5), Circle(1)]
for s in shapes:
    print(s.describe())
print("total area:", round(sum(s.area() for s in shapes), 3))

for cls in (Shape, HalfDone):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)

print(sorted(Shape.__abstractmethods__))
print(sorted(HalfDone.__abstractmethods__))
print(Rectangle.__abstractmethods__ == frozenset())
print(isinstance(Square(1), Shape), issubclass(Circle, ABC), type(Shape).__name__)


class Plugin(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Impl(Plugin):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return "1.2"


print(type(Impl.create()).__name__, Impl.version())
try:
    Plugin()
except TypeError as e:
    print(e)
