# Methods replaced on a class while instances run them in hot loops.
class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n


def drive(counters, rounds):
    total = 0
    for r in range(rounds):
        for c in counters:
            total += c.bump()
        if r == rounds // 2:
            Counter.bump = fast_bump
        if r == rounds - 10:
            Counter.step = 100
    return total


def fast_bump(self):
    self.n += 2 * self.step
    return -self.n


cs = [Counter() for _ in range(5)]
print(drive(cs, 2000))
print([c.n for c in cs])


class Shape:
    def area(self):
        return 0

    def describe(self):
        return type(self).__name__ + ":" + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def report(shapes, n):
    out = []
    for i in range(n):
        for sh in shapes:
            out.append(sh.describe())
        if i == n // 2:
            del Square.area
        if i == n - 2:
            Shape.area = lambda self: -1
    return out


res = report([Square(2), Square(3)], 300)
print(res[:2], res[300:304], res[-4:])
