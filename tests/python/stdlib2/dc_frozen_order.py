"""Frozen, ordered and hashable dataclasses; version numbers and coordinates."""
from dataclasses import dataclass, field, FrozenInstanceError, astuple


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text):
        core, _, label = text.partition("-")
        parts = [int(p) for p in core.split(".")]
        return cls(*parts, label=label)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return f"{s}-{self.label}" if self.label else s


versions = [Version.parse(t) for t in ["1.2.3", "1.10", "0.9.9-beta", "1.2.3-rc1", "2", "1.2"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions), min(versions), Version(1, 2, 3) == Version(1, 2, 3, "x"))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99), len({Version(1), Version(1, 0, 0, "a")}))
v = Version(3, 1)
try:
    v.major = 4
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(v) == hash(Version(3, 1, 0, "other")))


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dist2(self):
        return self.x ** 2 + self.y ** 2


path = [Point(0, 0)]
for dx, dy in [(1, 2), (3, -1), (-2, 2), (0.5, 0.5)]:
    path.append(path[-1] + Point(dx, dy))
print(path[-1], [p.dist2() for p in path], astuple(path[2]))
seen = {p: i for i, p in enumerate(path)}
print(seen[Point(4, 1)], Point(4, 1) in seen, Point(9, 9) in seen)


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)


print(hash(Tag("a", 1)) == hash(Tag("a", 5)), Tag("a") == Tag("a", 2), {Tag("a"), Tag("a")})


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


import heapq
q = []
for p, n in [(3, "write"), (1, "plan"), (2, "test"), (1, "coffee")]:
    heapq.heappush(q, Task(p, n))
print([heapq.heappop(q).name for _ in range(len(q))])
try:
    Task(1, "a") < 3
except TypeError as e:
    print("TypeError:", e)
