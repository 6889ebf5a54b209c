# isinstance/issubclass consult a metaclass's __instancecheck__/__subclasscheck__.
import abc
from collections.abc import Iterable, Mapping, Sequence, Sized


class DuckMeta(type):
    def __instancecheck__(cls, inst):
        return all(hasattr(inst, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(any(m in k.__dict__ for k in sub.__mro__) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    def beep(self):
        return "beep"


for thing in (Duck(), Robot(), 3):
    print(type(thing).__name__, isinstance(thing, Quacker), isinstance(thing, (int, Quacker)))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker), issubclass(bool, (Quacker, int)))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape and any("area" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Blob:
    pass


Shape.register(Blob)
print(isinstance(Square(2), Shape), issubclass(Square, Shape), isinstance(Blob(), Shape), isinstance(1, Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


values = [[1], (2,), "s", {"k": 1}, Bag(1, 2), 5, range(3)]
for v in values:
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Sized),
          isinstance(v, Sequence), isinstance(v, Mapping))
