"""Typed code with generics: a repository, a stack and a result type, all annotated."""
from __future__ import annotations

from typing import Callable, Dict, Generic, Iterator, List, Optional, Tuple, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Repository(Generic[K, V]):
    def __init__(self, key: Callable[[V], K]) -> None:
        self._key = key
        self._data: Dict[K, V] = {}

    def add(self, value: V) -> K:
        k = self._key(value)
        self._data[k] = value
        return k

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self._data.get(key, default)

    def items(self) -> List[Tuple[K, V]]:
        return sorted(self._data.items())


class Result(Generic[T]):
    def __init__(self, value: Optional[T] = None, error: Optional[str] = None) -> None:
        self.value = value
        self.error = error

    @classmethod
    def ok(cls, value: T) -> "Result[T]":
        return cls(value=value)

    @classmethod
    def fail(cls, error: str) -> "Result[T]":
        return cls(error=error)

    def map(self, f: Callable[[T], V]) -> "Result[V]":
        return Result.ok(f(self.value)) if self.error is None else Result.fail(self.error)

    def __repr__(self) -> str:
        return f"Ok({self.value!r})" if self.error is None else f"Err({self.error!r})"


def parse_int(s: str) -> Result[int]:
    try:
        return Result.ok(int(s))
    except ValueError:
        return Result.fail(f"not a number: {s!r}")


def total(values: List[N]) -> N:
    acc = values[0]
    for v in values[1:]:
        acc = acc + v
    return acc


s: Stack[int] = Stack[int]()
for i in range(5):
    s.push(i * i)
print(len(s), s.pop(), s.peek(), list(s))
repo: Repository[str, Tuple[str, int]] = Repository(key=lambda rec: rec[0])
for rec in [("bob", 31), ("ann", 27), ("cid", 45)]:
    repo.add(rec)
print(repo.items(), repo.get("ann"), repo.get("zed", ("?", 0)))
print([parse_int(x).map(lambda n: n * 2) for x in ["21", "x", "7"]])
print(total([1, 2, 3]), total([0.5, 0.25]))
print(Stack.__parameters__, Repository.__parameters__, Stack[int], Repository[str, int], Result[List[int]])
print(Stack.push.__annotations__, total.__annotations__)


def first(xs: Union[List[T], Tuple[T, ...]]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first(()), first(("a",)))
try:
    Stack[int]().pop()
except IndexError as e:
    print("IndexError:", e)
