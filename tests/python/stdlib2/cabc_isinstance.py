"""isinstance and issubclass against collections.abc, for builtins and duck-typed classes."""
import collections
from collections import abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Collection, Callable, Hashable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible,
                             KeysView, ItemsView, ValuesView, MappingView)

ABCS = [Iterable, Iterator, Generator, Sized, Container, Collection, Callable, Hashable, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible]


def gen():
    yield 1


samples = {
    "list": [1], "tuple": (1,), "str": "s", "bytes": b"b", "dict": {1: 2}, "set": {1},
    "frozenset": frozenset(), "range": range(2), "int": 7, "float": 1.5, "None": None,
    "generator": gen(), "list_iter": iter([]), "dict_keys": {}.keys(), "dict_items": {}.items(),
    "function": gen, "builtin": len, "class": int, "deque": collections.deque(),
    "OrderedDict": collections.OrderedDict(), "Counter": collections.Counter(),
    "defaultdict": collections.defaultdict(int), "zip": zip(), "map": map(str, []), "enumerate": enumerate([]),
}
for name, value in samples.items():
    hits = [a.__name__ for a in ABCS if isinstance(value, a)]
    print(f"{name:12} {' '.join(hits)}")


class Walker:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Box:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())


class Fn:
    def __call__(self):
        return 1


class NoHash:
    __hash__ = None


for cls in (Walker, Box, Fn, NoHash):
    print(cls.__name__, [a.__name__ for a in ABCS if issubclass(cls, a)])

print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, MutableSequence))
print(isinstance({}.values(), ValuesView), isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView))
print(isinstance({}.keys(), MappingView), isinstance({}.keys(), Set))
print(abc.Sequence is Sequence, collections.abc.Mapping is Mapping, Sequence.__module__, repr(Mapping))
print(Sequence[int], Mapping[str, list[int]], Callable[[int, str], bool], Callable[..., None], list[int])


def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, "four")], {5: 6}, range(7, 9), "ten", [[[]]]])))
