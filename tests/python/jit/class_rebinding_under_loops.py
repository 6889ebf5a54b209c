"""Class attributes that compiled loops depend on, rebound while the loops run: __new__ and
__init__ set on the class or on a base class (in the loop itself, or hidden in a called function),
__call__ on a class and on a metaclass, methods, operators and plain class attributes. Every
rebinding must be seen by the very next use, in the same iteration, at module level and inside
functions."""


class Base:
    def __init__(self, v):
        self.v = v


class Sub(Base):
    pass


class Own:
    def __init__(self, v):
        self.v = v


def tag_new(cls, *args):
    obj = object.__new__(cls)
    obj.tag = "new"
    return obj


def doubled_init(self, v):
    self.v = v * 2


def doubled_x(self, x):
    self.x = x * 2


def tags(objs):
    return [getattr(o, "tag", "-") for o in objs]


# __new__ set on the class, then used in the same iteration
def new_on_class(cls, n, at):
    made = []
    for i in range(n):
        if i == at:
            cls.__new__ = tag_new
        made.append(cls(i))
    return tags(made[at - 2:at + 3]), [o.v for o in made[at - 2:at + 3]]


class Once(Base):
    pass


print("new on class", new_on_class(Once, 120, 100))
print("new on a second class", new_on_class(Own, 120, 110))


# __new__ set on a base class while a subclass is constructed
class Root:
    def __init__(self, v):
        self.v = v


class Leaf(Root):
    pass


def new_on_base(n, at):
    made = []
    for i in range(n):
        if i == at:
            Root.__new__ = tag_new
        made.append(Leaf(i))
    return tags(made[at - 2:at + 3])


print("new on base", new_on_base(120, 100))


# __init__ replaced on a base class, the subclass inherits it
def init_on_base(n, at):
    out = []
    for i in range(n):
        if i == at:
            Base.__init__ = doubled_init
        out.append(Sub(i).v)
    return out[at - 2:at + 3]


original_init = Base.__dict__["__init__"]
print("init on base", init_on_base(120, 100))
Base.__init__ = original_init


# __init__ given to the subclass, then deleted again: the base's shows through
def init_shadowed(n, at, back):
    out = []
    for i in range(n):
        if i == at:
            Sub.__init__ = doubled_init
        if i == back:
            del Sub.__init__
        out.append(Sub(i).v)
    return out[at - 1:at + 2] + out[back - 1:back + 2]


print("init shadowed", init_shadowed(200, 100, 150))


# the rebinding hidden in a called function, the loop only sees a call
def patch(cls, name, value):
    setattr(cls, name, value)


class Quiet:
    def __init__(self, v):
        self.v = v


def hidden(n, at):
    out = []
    for i in range(n):
        if i == at:
            patch(Quiet, "__init__", doubled_init)
        if i == at + 2:
            patch(Quiet, "__new__", tag_new)
        o = Quiet(i)
        out.append((o.v, getattr(o, "tag", "-")))
    return out[at - 1:at + 4]


print("hidden", hidden(120, 100))


# __call__ on a metaclass added mid-loop
class Meta(type):
    pass


class Made(metaclass=Meta):
    def __init__(self, v):
        self.v = v


def meta_call(cls, *args):
    return ("called", cls.__name__) + args


def metaclass_call(n, at):
    out = []
    for i in range(n):
        if i == at:
            Meta.__call__ = meta_call
        r = Made(i)
        out.append(r if isinstance(r, tuple) else r.v)
    return out[at - 1:at + 2]


print("metaclass call", metaclass_call(120, 100))
del Meta.__call__


# __call__ of instances, and a method, replaced on the class and on a base
class Shape:
    def area(self):
        return 1

    def __call__(self, k):
        return k + self.area()


class Square(Shape):
    def __init__(self, s):
        self.s = s


def calls(n, at):
    sq = Square(3)
    out = []
    for i in range(n):
        if i == at:
            Shape.__call__ = lambda self, k: -k
        if i == at + 2:
            Shape.area = lambda self: self.s * self.s
        if i == at + 4:
            Square.__call__ = lambda self, k: k * 1000 + self.area()
        out.append(sq(i))
    return out[at - 1:at + 6]


print("calls", calls(120, 100))


# an operator method replaced on the class
class Vec:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)


def sums(n, at):
    acc = Vec(0)
    seen = []
    for i in range(n):
        if i == at:
            Vec.__add__ = lambda self, other: Vec(self.x - other.x)
        acc = acc + Vec(i)
        seen.append(acc.x)
    return seen[at - 1:at + 2]


print("operator", sums(120, 100))


# a plain class attribute rebound by a called function
class Config:
    scale = 2


def rescale():
    Config.scale = 10


def scaled(n, at):
    total = 0
    out = []
    for i in range(n):
        if i == at:
            rescale()
        total += Config.scale
        out.append(total)
    return out[at - 1:at + 2]


print("class attribute", scaled(120, 100))


# the same at module level: loops entered at their loop head
class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


made = []
for i in range(150):
    if i == 120:
        Point.__new__ = tag_new
    if i == 130:
        Point.__init__ = doubled_x
    if i == 140:
        Point.norm = lambda self: -self.x
    p = Point(i)
    made.append((getattr(p, "tag", "-"), p.x, p.norm()))
print("module level", made[119:122], made[129:132], made[139:142])

class Cell:
    def __init__(self, x):
        self.x = x


total = 0
for i in range(150):
    if i == 100:
        patch(Cell, "__init__", doubled_x)
    if i == 120:
        patch(Cell, "__new__", lambda cls, *a: Cell.__dict__["marker"])
        Cell.marker = object.__new__(Cell)
    total += Cell(i).x
print("module total", total)
