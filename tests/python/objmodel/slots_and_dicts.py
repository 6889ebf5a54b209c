"""__slots__ classes, subclasses that add a __dict__, and instances whose class changes."""


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class TaggedVec(Vec):
    def __init__(self, x, y, tag):
        super().__init__(x, y)
        self.tag = tag


class WithDictSlot:
    __slots__ = ("a", "__dict__")


def slots():
    v = Vec(3, 4)
    print(v.norm2(), hasattr(v, "__dict__"))
    try:
        v.z = 1
    except AttributeError as e:
        print("AttributeError:", e)
    t = TaggedVec(1, 2, "t")
    t.more = [1]
    print(t.norm2(), t.__dict__, t.x, t.tag)
    t.__dict__["x"] = "shadow?"
    print(t.x, t.__dict__)
    del t.x
    try:
        print(t.x)
    except AttributeError as e:
        print("AttributeError:", e)
    w = WithDictSlot()
    w.a = 1
    w.b = 2
    print(w.a, w.b, vars(w))


class Animal:
    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"


def class_change():
    pets = []
    for i in range(4):
        a = Animal()
        a.name = f"pet{i}"
        pets.append(a)
    pets[1].__class__ = Dog
    pets[3].__class__ = Dog
    pets[3].age = 3
    for p in pets:
        print(type(p).__name__, p.speak(), vars(p))


class Config:
    defaults = {"debug": False}

    def __init__(self, **options):
        for k, v in options.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no option {name!r}")


def dynamic():
    configs = [Config(verbose=True), Config(debug=True, level=2), Config(level=1, debug=False)]
    for c in configs:
        print(vars(c), c.debug, getattr(c, "verbose", None))
    try:
        configs[0].missing
    except AttributeError as e:
        print("AttributeError:", e)


slots()
class_change()
dynamic()
