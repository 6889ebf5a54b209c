"""Virtual subclasses: register(), __subclasshook__, and isinstance through ABCMeta."""
from abc import ABC, ABCMeta, abstractmethod


class Serializer(metaclass=ABCMeta):
    @abstractmethod
    def dumps(self, obj):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Serializer:
            if any("dumps" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class JsonLike:
    def dumps(self, obj):
        return repr(obj)


class Nothing:
    pass


print(isinstance(JsonLike(), Serializer), issubclass(JsonLike, Serializer))
print(isinstance(Nothing(), Serializer), issubclass(int, Serializer))


class Sequenceish(ABC):
    pass


Sequenceish.register(list)
Sequenceish.register(tuple)


@Sequenceish.register
class Ring:
    def __init__(self, items):
        self.items = list(items)


print(isinstance([1], Sequenceish), isinstance((1,), Sequenceish), isinstance("s", Sequenceish))
print(isinstance(Ring([1]), Sequenceish), issubclass(Ring, Sequenceish))
print(Sequenceish.register(str) is str, isinstance("s", Sequenceish))


class Derived(Sequenceish):
    pass


class Sub(list):
    pass


print(issubclass(Derived, Sequenceish), issubclass(Sub, Sequenceish), isinstance(Sub(), Sequenceish))
print([c.__name__ for c in (int, list, Ring, Derived, bool) if issubclass(c, Sequenceish)])

try:
    Sequenceish.register(3)
except TypeError as e:
    print("TypeError:", e)


def dispatch(value):
    if isinstance(value, Serializer):
        return "serializer " + value.dumps([1, 2])
    if isinstance(value, Sequenceish):
        return f"sequence of {len(value.items) if isinstance(value, Ring) else len(value)}"
    return "other"


for v in (JsonLike(), [1, 2, 3], Ring("ab"), 42, ("x",)):
    print(dispatch(v))

hits = 0
for i in range(3000):
    if isinstance([i], Sequenceish) and not isinstance(i, Sequenceish):
        hits += 1
print("hits", hits)
