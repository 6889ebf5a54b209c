from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Literal, NamedTuple, Optional,
                    Protocol, Sequence, Tuple, TypeVar, TypedDict, Union, cast, overload, get_type_hints,
                    runtime_checkable, Final, ClassVar)

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), Stack[int].__origin__ is Stack if hasattr(Stack[int], "__origin__") else True)


def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


print(first([3, 4]), first([], "none"), first("abc"))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0


e = Employee("ann", salary=10.5)
print(e, e._fields, e._field_defaults, Employee.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__annotations__)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self) -> None:
        print("closed")


print(isinstance(File(), Closer), isinstance(3, Closer))


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


print(apply(lambda v: v * v, range(4)), cast(int, "not really"), cast("List[int]", [1]))


def parse(value: Union[int, str, None]) -> int:
    if value is None:
        return 0
    return int(value)


print(parse("5"), parse(None), parse(7))


class Config:
    name: str
    retries: int = 3
    ratio: "float" = 0.5
    LIMIT: ClassVar[int] = 10
    MODE: Final = "fast"


print(get_type_hints(Config) == {"name": str, "retries": int, "ratio": float, "LIMIT": ClassVar[int],
                                 "MODE": Final}, Config.__annotations__["retries"])


def fn(a: int, b: "str" = "x", *args: Any, flag: bool = False, **kw: Dict[str, int]) -> Tuple[int, str]:
    return a, b


print(fn.__annotations__["a"], fn.__annotations__["return"], fn(1))
print(get_type_hints(fn)["b"], get_type_hints(first)["xs"])
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(Literal["a", "b"], Any, Union[int, None] == Optional[int], List[int] == List[int])
print(int | str, list[int], dict[str, tuple[int, ...]], type(int | None).__name__)


def gen() -> Iterator[int]:
    yield from range(3)


print(list(gen()), T, K.__name__, Stack.__parameters__)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))
x: int = 5
y: List[str]
print(__annotations__ if "__annotations__" in dir() else {}, "y" in globals())
