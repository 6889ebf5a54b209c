"""kw_only, slots, inheritance, ClassVar, make_dataclass, nested asdict, pattern matching."""
from dataclasses import dataclass, field, fields, asdict, KW_ONLY, make_dataclass, is_dataclass
from typing import ClassVar, Dict, List


@dataclass
class Base:
    id: int
    created: str = "2024-01-01"


@dataclass
class User(Base):
    name: str = "anon"
    roles: List[str] = field(default_factory=lambda: ["viewer"])
    count: ClassVar[int] = 0

    def __post_init__(self):
        User.count += 1


u1 = User(1, name="ann")
u2 = User(2, "2024-05-05", "bob", ["admin"])
print(u1, u2, User.count, [f.name for f in fields(User)])


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


c = Config(host="localhost", debug=True)
print(c)
try:
    Config("localhost")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(Mixed(1, c=9), Mixed.__match_args__)


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


p = Pixel(1, 2)
print(p, Pixel.__slots__)


@dataclass
class Tree:
    label: str
    children: List["Tree"] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict)

    def size(self):
        return 1 + sum(ch.size() for ch in self.children)


t = Tree("root", [Tree("a", [Tree("a1")]), Tree("b", meta={"w": 2})])
print(t.size(), asdict(t))

Point3 = make_dataclass("Point3", [("x", int), ("y", int), ("z", int, field(default=0))])
print(Point3(1, 2), Point3(1, 2) == Point3(1, 2, 0), is_dataclass(Point3), is_dataclass(Point3(0, 0)))


def describe(shape):
    match shape:
        case Pixel(x=0, y=0):
            return "origin pixel"
        case Pixel(x, y, color="red"):
            return f"red pixel at {x},{y}"
        case Pixel(x, y):
            return f"pixel at {x},{y}"
        case Base(id=i):
            return f"record {i}"
    return "unknown"


for s in (Pixel(0, 0), Pixel(3, 4, "red"), Pixel(5, 6), u1, 42):
    print(describe(s))


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain(1).v, "__repr__" in Plain.__dict__)


@dataclass
class Counter:
    hits: int = 0

    def bump(self):
        self.hits += 1
        return self


ctr = Counter()
for _ in range(2500):
    ctr.bump()
print(ctr)
