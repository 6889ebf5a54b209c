# Class and instance attributes: shadowing, mutation through the class, __dict__, __slots__, dunder names.


class Counter:
    total = 0
    names = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.names.append(name)

    def bump(self):
        self.total += 1
        return self.total


a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, a.bump(), Counter.total, a.total, b.total, Counter.names)
print(sorted(vars(a)), "total" in vars(Counter))
del a.total
print(a.total)
Counter.total = 100
print(a.total, b.total)


class Doc:
    """Class docstring."""

    def method(self):
        """Method docstring."""

    class Inner:
        pass


print(Doc.__doc__, Doc.method.__doc__, Doc.__name__, Doc.Inner.__qualname__, Doc.method.__qualname__)
print(Doc.__module__, Doc.__bases__, Doc().__class__ is Doc, Doc.Inner.__name__)
print(getattr(Doc, "missing", "default"), hasattr(Doc, "method"), callable(Doc.method))
setattr(Doc, "added", lambda self: "added later")
print(Doc().added(), "added" in Doc.__dict__)
delattr(Doc, "added")
print(hasattr(Doc(), "added"))
try:
    Doc().nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Doc.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Doc().method
except AttributeError as e:
    print("AttributeError:", e)


class Private:
    def __init__(self):
        self.__secret = 42
        self._hint = 1

    def reveal(self):
        return self.__secret


p = Private()
print(p.reveal(), p._Private__secret, sorted(vars(p)))
try:
    p.__secret
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    color = "blue"
    tags = ()

    def add_tag(self, t):
        self.tags = self.tags + (t,)


d1, d2 = Defaults(), Defaults()
d1.add_tag("x")
d1.color = "red"
print(d1.color, d2.color, d1.tags, d2.tags, Defaults.tags)
print(isinstance(d1, Defaults), issubclass(Defaults, object), type(d1).__name__, d1.__class__.__name__)
obj = object()
try:
    obj.x = 1
except AttributeError as e:
    print("AttributeError:", e)
