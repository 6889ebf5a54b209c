from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Callable, Hashable, Sized, Container, Set


class FrozenConfig(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


fc = FrozenConfig(a=1, b=2)
print(fc["a"], len(fc), list(fc), "b" in fc, fc.get("z", 0), sorted(fc.items()), list(fc.values()), fc == {"a": 1, "b": 2})


class CaseInsensitive(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()][1]

    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._d.values())

    def __len__(self):
        return len(self._d)


ci = CaseInsensitive()
ci["Content-Type"] = "text"
ci.update({"ACCEPT": "*/*"})
print(ci["content-type"], list(ci), ci.setdefault("accept", "x"), ci.pop("ACCEPT"), len(ci), dict(ci))


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i

    def __len__(self):
        return self.n


cd = Countdown(5)
print(list(cd), cd[1:3], 3 in cd, cd.index(2), cd.count(4), list(reversed(cd)), len(cd))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((x for x in []), Iterator), isinstance(len, Callable))
print(isinstance("s", Hashable), isinstance([], Hashable), isinstance(set(), Set), issubclass(dict, MutableMapping))
print(isinstance(range(3), Sequence), isinstance(iter([]), Iterable), isinstance(3, Sized), isinstance("", Container))
try:
    class Broken(Mapping):
        pass
    Broken()
except TypeError as e:
    print("TypeError:", e)
