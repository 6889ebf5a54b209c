"""NamedTuple, TypedDict, Protocol, Literal, Final, NewType and overload in an annotated program."""
from typing import (Any, Dict, Final, List, Literal, NamedTuple, NewType, Optional, Protocol, TypedDict,
                    cast, overload, runtime_checkable, TYPE_CHECKING)

if TYPE_CHECKING:
    from collections.abc import Sequence

MAX_ITEMS: Final = 3
UserId = NewType("UserId", int)
Mode = Literal["r", "w"]


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False

    def close(self) -> None:
        self.closed = True


class NotClosable:
    pass


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def open_mode(mode: Mode) -> str:
    return {"r": "reading", "w": "writing"}[mode]


staff = [Employee("ann", "eng", 72000), Employee("bob", "ops"), Employee("cid", "eng", 65000.5)]
for e in staff:
    print(e, e.raise_by(10).salary)
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(staff[0]._asdict(), staff[1][1], isinstance(staff[0], tuple), len(staff[2]))
by_dept: Dict[str, List[str]] = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
m: Movie = Movie(title="Alien", year=1979)
pm: PartialMovie = {"title": "Heat"}
print(m, type(m).__name__, pm, sorted(Movie.__required_keys__), sorted(PartialMovie.__optional_keys__))
print(Movie.__annotations__, PartialMovie.__total__)
res = [Resource("db"), NotClosable(), Resource("log")]
for r in res:
    if isinstance(r, Closable):
        r.close()
print([getattr(r, "closed", None) for r in res], issubclass(Resource, Closable))
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)
print(double(4), double("ab"), open_mode("w"), MAX_ITEMS, UserId(42), UserId)
uid: Optional[UserId] = None
val: Any = cast(List[int], [1, 2])
print(uid, val, cast("int", "not checked"))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)
