from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(2), Color["RED"], Color.parse("blue"))
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1, Color.RED.describe())
print([c.name for c in Color], Color.__members__.keys(), isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), Shape.__members__["ALIAS_FOR_SQUARE"])
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 1
except ValueError as e:
    print("ValueError:", e)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


print(Status.OK, Status.OK == 200, Status.NOT_FOUND + 1, sorted([Status.ERROR, Status.OK]), int(Status.ERROR))
print(f"{Status.OK}", f"{Status.OK:>5}", str(Status.OK), Status(404).name, Status.OK < Status.ERROR)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, bool(Perm.R & Perm.X), Perm(7))
print(list(rw) if hasattr(rw, "__iter__") else rw, Perm(0), rw.value)


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.EXEC
print(m, int(m), m & 1, Mode(3), m | 8, Mode.WRITE in m)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)


class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print([(a.name, a.value) for a in Auto])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    ALPHA = auto()
    BETA = auto()


print([x.value for x in Lower])
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("Dir", ["N", "S"]).S)
lookup = {Color.RED: "stop", Color.GREEN: "go"}
print(lookup[Color(1)], Color.RED.__hash__() == hash(Color.RED), sorted(Color, key=lambda c: -c.value))


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"

    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]


s = State.IDLE
for _ in range(4):
    print(s.value, end=" -> ")
    s = s.next()
print(s.value)
