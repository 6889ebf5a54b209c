# Container protocols: __len__, __getitem__ with slices, __setitem__, __delitem__, __contains__, __missing__, __index__.


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y), not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} is outside {self.w}x{self.h}")
        return key

    def __getitem__(self, key):
        return self.cells.get(self._check(key), ".")

    def __setitem__(self, key, value):
        self.cells[self._check(key)] = value

    def __delitem__(self, key):
        del self.cells[self._check(key)]

    def __contains__(self, value):
        return value in self.cells.values()

    def __len__(self):
        return len(self.cells)

    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "#"
print(g)
print(len(g), "@" in g, "x" in g, g[3, 2], bool(g))
del g[1, 1]
print(len(g))
for bad in (lambda: g[5, 5], lambda: g["a"], lambda: g.__delitem__((2, 2))):
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)


class Window:
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print(f"  slice {idx.start}:{idx.stop}:{idx.step}")
            return Window(self.data[idx])
        return self.data[idx]

    def __setitem__(self, idx, value):
        self.data[idx] = value

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"Window({self.data})"


w = Window(range(10))
print(w[2], w[-1], w[2:5], w[::3], w[:], len(w[1:4]))
w[0:3] = ["a", "b"]
print(w)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


i = Index(2)
print([10, 20, 30][i], "hello"[Index(1)], bin(Index(5)), hex(Index(255)), range(Index(3)), [0, 1, 2, 3][Index(1):Index(3)])
print(list(range(10))[Index(-2)], (1, 2, 3)[Index(0)], "xyz" * Index(2), int.__index__(7))
try:
    [1][Index("x")]
except TypeError as e:
    print("TypeError:", e)


class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value


dd = DefaultDict()
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd.get("zzz"), "zzz" in dd)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(5)), bool(Sized(0)), bool(Sized(2)), [bool(Sized(k)) for k in range(3)])
for n in (-1, 2**70, "3"):
    try:
        print(len(Sized(n)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)


class Members:
    def __init__(self, *names):
        self.names = names

    def __iter__(self):
        print("  iterating to test membership")
        return iter(self.names)


print("bo" in Members("al", "bo"), "cy" in Members())
