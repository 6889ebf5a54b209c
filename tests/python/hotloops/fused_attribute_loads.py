# Attribute loads of a local's attribute, calls of a global with a local argument, and
# `return a + b`, each run while the classes, attributes and globals under them change.


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def read_a(o):
    return o.a


def read_b(o):
    return o.b


s = Slotted(1)
print(read_a(s))
try:
    print(read_b(s))
except AttributeError as e:
    print("AttributeError:", e)
s.b = 5
print(read_b(s))
del s.b
try:
    print(read_b(s))
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    def __init__(self):
        self.x = 1


p = Plain()
total = 0
for i in range(3000):
    total += p.x
    if i == 1000:
        # a data descriptor on the class now wins over the instance's attribute
        Plain.x = property(lambda self: 100)
    if i == 2000:
        del Plain.x
print("property mid-loop", total)


class Shape:
    def __init__(self, v):
        self.v = v


def value(o):
    return o.v


objs = [Shape(i) for i in range(4)]
acc = 0
for i in range(4000):
    o = objs[i % 4]
    acc += value(o)
    if i == 1500:
        del objs[1].v
        objs[1].w = 0
        Shape.v = -1
    if i == 2500:
        objs[2].__dict__["v"] = 1000
    if i == 3000:
        objs[3].__class__ = type("Other", (), {"v": 7})
print("shapes", acc)


class Ghost:
    def __getattr__(self, name):
        return len(name)


g = Ghost()
print(sum(g.abc for _ in range(100)))


def add(a, b):
    return a + b


def twice(x):
    return add(x, x)


print(add(1, 2), add("a", "b"), add(2 ** 62, 2 ** 62), add(1.5, 2), add([1], [2]), add((1,), (2,)))
print(twice(7), twice(2 ** 63), twice("ab"))
try:
    add(1, "a")
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield 1
    return 2 + 3


it = gen()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)


def ident(x):
    return x


def use(k):
    return ident(k)


results = []
for i in range(3000):
    if i == 2000:
        ident = lambda x: -x
    results.append(use(i))
print(sum(results))
ident = 3
try:
    use(1)
except TypeError as e:
    print("TypeError:", e)
del ident
try:
    use(1)
except NameError as e:
    print("NameError:", e)
