# property in its forms: decorator chains, computed values, validation, deletion, inheritance.


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        """The area, computed each time."""
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, Circle.area.__doc__, type(Circle.area).__name__)
for action in (lambda: setattr(c, "area", 1), lambda: delattr(c, "area")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


def get_name(self):
    return self._name.title()


def set_name(self, v):
    self._name = v.strip()


class Person:
    name = property(get_name, set_name, None, "the person's name")

    def __init__(self, name):
        self.name = name


p = Person("  ada lovelace ")
print(p.name, repr(p._name), Person.name.__doc__, Person.name.fget is get_name, Person.name.fdel)


class Base:
    @property
    def kind(self):
        return "base"


class Derived(Base):
    @Base.kind.getter
    def kind(self):
        return "derived from " + super().kind


class Override(Base):
    kind = "plain attribute"


print(Base().kind, Derived().kind, Override().kind)


class Lazy:
    calls = 0

    @property
    def value(self):
        Lazy.calls += 1
        return sum(range(1000))


lz = Lazy()
print(lz.value, lz.value, Lazy.calls)
lz.__dict__["value"] = "shadow?"
print(lz.value, vars(lz))


class Broken:
    @property
    def boom(self):
        raise KeyError("inside property")

    @property
    def attr_err(self):
        return self.missing_thing

    def __getattr__(self, name):
        return f"<fallback {name}>"


b = Broken()
try:
    b.boom
except KeyError as e:
    print("KeyError:", e)
print(b.attr_err)
print(property().fget, isinstance(Base.kind, property))
