"""What enums refuse: reassigning members, duplicate values under @unique, bad lookups, extension."""
from enum import Enum, IntEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError")
try:
    IntEnum("Bad", [("X", "not a number")])
except ValueError as e:
    print("ValueError:", e)
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color.__members__["CRIMSON"], list(Color))
print(Color.RED == 1, Color.RED.value == 1, getattr(Color, "GREEN"), Color(1).name)


class Base(Enum):
    def describe(self):
        return f"{self.name.lower()}={self.value}"


class Level(Base):
    LOW = 1
    HIGH = 2


print([m.describe() for m in Level], Level.HIGH.describe())


def lookup(name):
    try:
        return Level[name.upper()]
    except KeyError:
        return None


print(lookup("low"), lookup("medium"))
