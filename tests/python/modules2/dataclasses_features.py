import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, Point(1), p == Point(3, 4), p != Point(4, 3), p.dist2(), repr(Point(x=-1, y=2)))
print([f.name for f in fields(p)], [f.default is dataclasses.MISSING for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, y=10), Point.__init__.__name__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), str(min(vs)), Version(1) < Version(1, 0, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(len({Version(1), Version(1), Version(2)}))


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="x", compare=False, repr=False)
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = len(self.items)


i1 = Inventory("ann", ["a", "b"])
i2 = Inventory("ann", ["a", "b"], secret="y")
print(i1, i1 == i2, i1.items is not Inventory("z").items, Inventory("z").total)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Temperature:
    celsius: float
    scale: InitVar[str] = "C"

    def __post_init__(self, scale):
        if scale == "F":
            self.celsius = round((self.celsius - 32) * 5 / 9, 2)


print(Temperature(212, "F"), Temperature(20), [f.name for f in fields(Temperature)])


@dataclass
class Base:
    id: int
    tags: tuple = ()


@dataclass
class Child(Base):
    name: str = "child"
    id: int = 99


print(Child(), Child(1, ("t",), "c"), [f.name for f in fields(Child)])


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity(1).__eq__(Identity(1)))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
P3 = dataclasses.make_dataclass("P3", [("x", int), ("y", int, field(default=5))])
print(P3(1), P3.__name__)
print(dataclasses.MISSING is fields(Point)[0].default, Point.__dataclass_fields__["y"].type)
