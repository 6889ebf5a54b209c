# Class attributes, __getattr__ and properties added to a class while a loop reads instances.
class Config:
    rate = 1


class Item:
    def __init__(self, v):
        self.v = v


items = [Item(i) for i in range(100)]
total = 0
for i in range(3000):
    it = items[i % 100]
    if i == 1000:
        Config.rate = 5
    if i == 2000:
        Item.bonus = property(lambda self: self.v * 2)
    extra = it.bonus if hasattr(it, "bonus") else 0
    total += it.v * Config.rate + extra
print(total)


class Lazy:
    pass


lz = Lazy()
got = []
for i in range(2000):
    if i == 700:
        Lazy.__getattr__ = lambda self, name: len(name)
    try:
        got.append(lz.something)
    except AttributeError:
        got.append(None)
print(got.count(None), got[-1])


class Base:
    def kind(self):
        return "base"


class Child(Base):
    pass


c = Child()
kinds = []
for i in range(2500):
    if i == 1200:
        Child.kind = lambda self: "child"
    if i == 1800:
        Child.__bases__ = (object,) if False else Child.__bases__
    kinds.append(c.kind())
print(kinds.count("base"), kinds.count("child"))
