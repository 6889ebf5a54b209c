"""IntEnum, StrEnum, mixins, custom __init__/__new__, _missing_ and _generate_next_value_."""
from enum import Enum, IntEnum, StrEnum, auto


class HttpStatus(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400


for code in (200, 404, 500):
    s = HttpStatus(code)
    print(s, repr(s), s.name, s.is_error, s == code, s + 1, f"{s}", f"{s:>6}", str(s))
print(sorted(HttpStatus, key=lambda s: -s), HttpStatus.OK < HttpStatus.CREATED, sum(HttpStatus))
print({HttpStatus.OK: "fine"}[200], [200, 404].index(HttpStatus.NOT_FOUND))


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "blue-ish"


print(Color.RED, repr(Color.RED), Color.GREEN.upper(), Color("blue-ish"), Color.RED == "red", "-".join(Color))
print(f"{Color.BLUE}", Color.BLUE.value, isinstance(Color.RED, str), len(Color.BLUE))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))


class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    DIME = 10

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name.lower() == value.lower():
                    return member
        return None


print(Coin("dime"), Coin(5), Coin("PENNY"))
for bad in ("euro", 3, None):
    try:
        Coin(bad)
    except ValueError as e:
        print("ValueError:", e)


class Weekday(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[:3].lower()

    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()


print([d.value for d in Weekday], Weekday("tue"))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print([(o.name, o.value) for o in Ordinal])


class Shade(str, Enum):
    DARK = "dark"
    LIGHT = "light"


print(Shade.DARK, repr(Shade.LIGHT), Shade.DARK == "dark", Shade("light").upper())

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Size = IntEnum("Size", [("S", 1), ("M", 5), ("L", 10)])
print(list(Size), Size.M * 2)
Fruit = Enum("Fruit", {"APPLE": "a", "PEAR": "p"})
print(Fruit.PEAR, Fruit("a"))
