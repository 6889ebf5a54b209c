class Shape:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    @classmethod
    def unit(cls):
        return cls(1)


print([s.describe() for s in [Circle(1), Square(2), Square.unit()]], Shape.registry)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack().push(1).push(2).push(3)
print(s, len(s), s.pop(), s, bool(Stack()))


class Private:
    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


p = Private()
print(p.reveal(), p._Private__secret, hasattr(p, "__secret"))


class Meta:
    count = 0

    def __new__(cls, *args):
        Meta.count += 1
        return super().__new__(cls)

    def __init__(self, value):
        self.value = value


m = Meta(5)
print(Meta.count, m.value, type(m) is Meta)


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))
print(str(Circle(2).area()), Circle.__mro__[1].__name__, Square.unit().__class__.__name__)


class Plugin:
    plugins = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[name or cls.__name__] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.plugins), Plugin.plugins["csv"] is Csv)
