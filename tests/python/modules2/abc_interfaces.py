from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def perimeter(self):
        return 2 * 3.14159 * self.r


class HalfDone(Shape):
    def area(self):
        return 0


for s in (Rect(2, 3), Circle(1)):
    print(s.describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Rect.__abstractmethods__)


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Good(Plugin):
    name = "good"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return "1.0"


print(Good.create().name, Good.version(), isinstance(Good(), Plugin))
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)


class Serializer(ABC):
    @abstractmethod
    def dumps(self, obj):
        ...


class Legacy:
    def dumps(self, obj):
        return repr(obj)


Serializer.register(Legacy)
print(isinstance(Legacy(), Serializer), issubclass(Legacy, Serializer), Legacy.__mro__)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), isinstance("", Sized))


class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"


class Impl(Base):
    def run(self):
        return "impl + " + super().run()


print(Impl().run(), abc.get_cache_token() is not None, type(Base).__name__)
