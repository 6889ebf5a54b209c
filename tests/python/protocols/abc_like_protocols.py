# Duck typing against collections.abc: what isinstance says for classes that implement the protocols.
from collections.abc import Iterable, Iterator, Sized, Container, Callable, Hashable, Sequence, Mapping


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


b = Bag(1, 2)
print(isinstance(b, Iterable), isinstance(b, Sized), isinstance(b, Container), isinstance(b, Iterator))
c = Countdown(3)
print(isinstance(c, Iterator), isinstance(c, Iterable), list(c), isinstance(c, Sized))
print(isinstance(len, Callable), isinstance(b, Callable), isinstance(Bag, Callable), isinstance(lambda: 0, Callable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(b, Hashable), isinstance("s", Sequence))
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance(range(3), Sequence), isinstance(b, Sequence))
print(issubclass(list, Iterable), issubclass(dict, Container), issubclass(int, Iterable), issubclass(str, Sized))


def describe(obj):
    kinds = []
    for name, abc in (("iterable", Iterable), ("sized", Sized), ("container", Container), ("callable", Callable)):
        if isinstance(obj, abc):
            kinds.append(name)
    return kinds


for obj in ([1], "s", 5, b, c, print, {1: 2}.keys(), (x for x in ())):
    print(type(obj).__name__, describe(obj))
