# __class_getitem__ and builtin generic aliases as annotated programs use them.


class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__} keyed by {getattr(key, '__name__', key)}"


print(Registry[int], Registry["name"], Registry[int, str] if False else Registry[(1, 2)])


class Box:
    def __init__(self, item):
        self.item = item

    def __class_getitem__(cls, item):
        print(f"  specialising {cls.__name__} with {item}")
        return cls


IntBox = Box[int]
print(IntBox is Box, IntBox(3).item)

print(list[int], dict[str, list[int]], tuple[int, ...], type[str], set[float])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), type(alias([1])).__name__)
print(dict[str, int].__args__, dict[str, int]().__class__.__name__)


def total(values: list[int], scale: float = 1.0) -> float:
    return sum(values) * scale


print(total([1, 2, 3], 0.5), total.__annotations__["values"], total.__annotations__["return"])


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    __class_getitem__ = classmethod(lambda cls, t: f"Stack[{t.__name__}]")


print(Stack[int], Stack().push(1).push(2).items)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
print(isinstance([1], list), list[int] == list[int], list[int] != list[str])
print(int | str, int | None, isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | float))
