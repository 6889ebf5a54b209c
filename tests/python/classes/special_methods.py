class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"


v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 2 * v, -v, abs(w), v == Vec(1, 2), v != w, bool(Vec(0, 0)))
print(repr(v), str(v), [v, w], sorted([w, v]), {v: 1}[Vec(1, 2)], max(v, w))


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __call__(self, x):
        return x * len(self)


b = Bag(1, 2, 3)
b[0] = 10
print(len(b), b[0], b[-1], 2 in b, 7 in b, list(b), b(5), [x for x in b])


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def create(cls):
        return cls()


t = Temperature.create()
t.celsius = 25
print(t.celsius, Temperature.unit(), t.unit(), type(t).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)


class Counter:
    def __init__(self, limit):
        self.limit, self.n = limit, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n


print(list(Counter(4)), sum(Counter(10)))


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError


with Ctx() as c:
    print("inside", type(c).__name__)
with Ctx():
    raise KeyError("suppressed")
print("after suppression")


class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name


print(Dyn().anything, getattr(Dyn(), "x"), getattr(object(), "missing", "dflt"))
