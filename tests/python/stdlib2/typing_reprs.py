"""How typing objects print, and what get_type_hints / get_origin / get_args report."""
import typing
from typing import (Any, Callable, ClassVar, Dict, FrozenSet, List, Literal, Mapping, Optional, Sequence, Set,
                    Tuple, Type, TypeVar, Union, get_args, get_origin, get_type_hints, Iterable, Iterator)

T = TypeVar("T")
S = TypeVar("S", bound=str)
C = TypeVar("C", covariant=True)
print(T, S, C, S.__bound__, T.__name__)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Set[float], FrozenSet[bytes])
print(Optional[int], Union[int, str], Union[int, None, str], Union[str, int, str], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., Any], Callable[[], None], Literal[1, "a", None])
print(Type[int], Sequence[T], Mapping[str, T], Iterable[Tuple[int, int]], ClassVar[int], Iterator[str])
print(Any, typing.Optional, List, Dict, Callable, Union)
print(list[int], dict[str, tuple[int, ...]], int | None, str | int | None, list[int] | None)
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]) is Union)
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(int))
print(get_origin(list[int]), get_args(tuple[int, str]), get_origin(int | str) is not None)
print(Dict[str, T][int], List[T][bool])
print(isinstance([], List), isinstance({}, Mapping), isinstance("x", Sequence), isinstance(3, int | str))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)


class Node:
    value: int
    next: Optional["Node"]
    label: "str" = ""
    registry: ClassVar[Dict[str, int]] = {}


def connect(a: "Node", b: Optional[Node] = None, *, weight: float = 1.0) -> bool:
    return True


print(get_type_hints(Node))
print(get_type_hints(connect))
print(Node.__annotations__)
print(connect.__annotations__)
print(Union[int, None, str], List[None], Callable[[None], None], Tuple[None, int], Dict[str, None])
