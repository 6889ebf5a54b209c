def init(self, name):
    self.name = name


Animal = type("Animal", (), {"sound": "...", "__init__": init, "speak": lambda self: f"{self.name} says {self.sound}"})
Dog = type("Dog", (Animal,), {"sound": "woof"})
d = Dog("rex")
print(d.speak(), type(d) is Dog, type(d).__name__, [c.__name__ for c in Dog.__mro__], isinstance(d, Animal))
print(type(Dog), type(type), type(object), object.__bases__, type.__bases__, Dog.__qualname__)
print(type(1) is int, type(True) is bool, type(None).__name__, type([]) == list, type(type(1)) is type)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns.setdefault("tag", name.lower())
        return super().__new__(mcs, name, bases, ns)

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class Tagged(metaclass=Meta):
    pass


Other = Meta("Other", (Tagged,), {"extra": 1})
print(Tagged.tag, Other.tag, Other.extra, repr(Other), type(Other).__name__, isinstance(Other, Meta))
print(int.__name__, str.__qualname__, list.__module__, sorted(vars(Dog)) == sorted(Dog.__dict__))
for value in (1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, range(1), len, Dog, 1j):
    print(type(value).__name__, end=" ")
print()
print(int("7"), float("2.5"), str(3), bool([]), list("ab"), tuple([1]), dict(a=1), set("aa"), complex(1, 2))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(object().__class__.__name__, type.__name__, callable(type), type.__call__ is not None)
