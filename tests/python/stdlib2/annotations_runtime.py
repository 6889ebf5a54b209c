"""Annotations at run time: module, class and function __annotations__, and the future import's strings."""
import sys

count: int = 0
label: str
ratio: "float" = 0.5
print(__annotations__)


class Config:
    """Annotated class body: values that exist and names that are only declared."""
    host: str = "localhost"
    port: int = 8080
    tags: list[str]
    extra: dict[str, int] | None = None

    def method(self, x: int, *args: str, flag: bool = False, **kw: float) -> "Config":
        local: int = x
        return self


print(Config.__annotations__)
print(Config.method.__annotations__)
print(hasattr(Config, "tags"), Config.host, Config.extra)


def plain(a, b=1):
    return a + b


def annotated(a: int, b: "list[int]" = None, /, c: tuple[int, ...] = (), *, d: type[int] = int) -> None:
    pass


print(plain.__annotations__, annotated.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
for i in range(3):
    count += i
    total: int = count
print(count, total, __annotations__["count"])


def factory(kind):
    class Local:
        value: kind
        other: "kind"
    return Local


print(factory(float).__annotations__)
print(list[int], dict[str, list[float]], tuple[int, ...], type[str], set[bytes] == set[bytes])
print(int | str, int | None | str, list[int] | None, (int | str) == (str | int), isinstance(3, int | str))
print(type(list[int]).__name__, type(int | str).__name__, list[int].__origin__, dict[str, int].__args__)
print(list[int]([1, 2]), isinstance("x", str | None), issubclass(bool, int | str))
