# Functions, globals, methods and builtins rebound while a hot loop runs.


def scale(v):
    return v * 2


def run(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            globals()["scale"] = lambda v: v * 3
        total += scale(i)
    return total


print(run(2000), scale(1))
RATE = 1


def compound(n):
    global RATE
    values = []
    for i in range(n):
        if i == 700:
            RATE = 2
        if i == 1400:
            RATE = 0.5
        values.append(RATE)
    return sum(values), values[699:701], values[1399:1401]


print(compound(2000))


class Shape:
    def area(self):
        return 1


def measure(shapes, n):
    total = 0
    for i in range(n):
        if i == n // 3:
            Shape.area = lambda self: 10
        if i == 2 * n // 3:
            del Shape.area
            Shape.area = lambda self: 100
        total += shapes[i % len(shapes)].area()
    return total


print(measure([Shape(), Shape()], 3000))


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1


c = Counter()
for i in range(3000):
    if i == 1000:
        c.tick = lambda: setattr(c, "n", c.n + 10)
    if i == 2000:
        del c.tick
    c.tick()
print(c.n)
import builtins

orig_len = builtins.len
seen = []
for i in range(1500):
    if i == 500:
        builtins.len = lambda x: -1
    if i == 1000:
        builtins.len = orig_len
    seen.append(len("abc"))
print(seen.count(3), seen.count(-1))


def make_op(kind):
    return {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}[kind]


op = make_op("add")
acc = 1
for i in range(1, 2000):
    if i == 1000:
        op = make_op("mul")
        acc = 1
    acc = op(acc, 1 if i >= 1000 else i)
print(acc)
