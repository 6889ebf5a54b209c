# A class changes (a property, a data descriptor, a class attribute, __getattribute__) while
# instances run through hot loops whose attribute accesses were specialized to the class.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def audit(accounts, n):
    total = 0
    for i in range(n):
        a = accounts[i % len(accounts)]
        if i == n // 2:
            # from now on the class's property wins over the instance attribute
            Account.balance = property(lambda self: 1)
        total += a.balance
    return total


accts = [Account(f"o{i}", i * 10) for i in range(5)]
print(audit(accts, 4000))
print(vars(accts[2]), accts[2].balance)
del Account.balance
print(accts[2].balance)


class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return "validated " + str(getattr(obj, self.name))

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class Box:
    def __init__(self, v):
        self.v = v


def fill(boxes, n):
    got = []
    for i in range(n):
        b = boxes[i % 3]
        if i == 1500:
            d = Validated()
            d.__set_name__(Box, "v")
            Box.v = d
        b.v = i
        got.append(b.v)
    return got


boxes = [Box(0) for _ in range(3)]
res = fill(boxes, 3000)
print(res[1497:1503], res[-1], sorted(vars(boxes[0])))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(points, n):
    s = 0
    for i in range(n):
        p = points[i % 4]
        if i == 700:
            Point.__getattribute__ = lambda self, name: 100 if name == "x" else object.__getattribute__(self, name)
        if i == 1400:
            del Point.__getattribute__
        s += p.x + p.y
    return s


print(norm1([Point(i, i + 1) for i in range(4)], 2100))
