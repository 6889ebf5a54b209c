# Methods replaced on a class while instances run them in hot loops.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


def new_step(self):
    self.n += 10
    return self.n


def drive(c, steps):
    last = None
    for i in range(steps):
        if i == steps // 2:
            Counter.step = new_step
        last = c.step()
    return last


a = Counter()
print(drive(a, 3000))
b = Counter()
print(drive(b, 3000))


class Shape:
    def area(self):
        return 1


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def total_area(shapes):
    t = 0
    for k, sh in enumerate(shapes):
        if k == 1000:
            del Square.area  # falls back to Shape.area
        if k == 2000:
            Shape.area = lambda self: 7
        t += sh.area()
    return t


print(total_area([Square(3) for _ in range(3000)]))

# an instance attribute shadows the class's method mid-loop
class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
seen = []
for i in range(2500):
    if i == 1200:
        g.hello = lambda: "instance"
    seen.append(g.hello())
print(seen[1199], seen[1200], seen.count("hello"), seen.count("instance"))
