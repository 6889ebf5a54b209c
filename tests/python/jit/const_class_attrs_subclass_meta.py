# Class attributes read through classes and instances, changed through a subclass, a base and a metaclass.
class Meta(type):
    unit = "m"


class Base(metaclass=Meta):
    scale = 2
    label = "base"


class Child(Base):
    pass


class Plain:
    factor = 3


class Derived(Plain):
    pass


def total(n):
    t = 0
    for i in range(n):
        t += Derived.factor + Plain.factor
        if i == n // 3:
            Derived.factor = 10
        if i == 2 * n // 3:
            Plain.factor = 100
            del Derived.factor
    return t


print(total(3000))


def labels(n):
    out = []
    for i in range(n):
        out.append(Child.label + Child.unit + str(Child.scale))
        if i == 100:
            Child.label = "child"
        if i == 200:
            Meta.unit = "km"
        if i == 300:
            Base.scale = 5
        if i == 400:
            Meta.scale = 0
            del Base.scale
    return out


r = labels(500)
print(r[0], r[150], r[250], r[350], r[450])


class Config:
    retries = 3
    name = "cfg"


def attempts(n):
    s = 0
    for i in range(n):
        s += Config.retries
        if i % 1000 == 999:
            Config.retries += 1
    return s


print(attempts(5000), Config.retries)
