"""With from __future__ import annotations every annotation is kept as its source text."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import get_type_hints, Optional


class Node:
    value: int
    next: Optional[Node] = None
    children: list[Node]
    weights: dict[str, float] | None
    callback: "Callable[[int], str]"


def link(a: Node, b: Node | None = None, *items: tuple[int, ...], **kw: dict[str, Node]) -> list[Node]:
    return [a]


@dataclass
class Edge:
    src: Node
    dst: Node
    weight: float = 1.0


print(Node.__annotations__)
print(link.__annotations__)
print([(f.name, f.type) for f in fields(Edge)])
print(get_type_hints(link))
print(Edge(Node(), Node()).weight, __annotations__ if "__annotations__" in dir() else {})
