# __slots__ members read and written in hot loops: members deleted and reset mid-loop, a
# subclass that adds a __dict__, a member replaced on the class by a property, and __getattr__
# answering for an unset member.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)


class Vec3(Vec):
    def __init__(self, x, y, z):
        Vec.__init__(self, x, y)
        self.z = z


def walk(n):
    pos = Vec(0.0, 0.0)
    step = Vec(0.5, -0.25)
    for i in range(n):
        pos = pos.add(step)
        if i % 400 == 399:
            step.x = -step.x
    return pos.x, pos.y


print(walk(3000))


def holes(vs, n):
    total = 0
    missing = 0
    for i in range(n):
        v = vs[i % len(vs)]
        if i == n // 2:
            del vs[1].y
        try:
            total += v.x * 10 + v.y
        except AttributeError as e:
            missing += 1
            last = str(e)
            v.y = 0
    return total, missing, last


print(holes([Vec(i, -i) for i in range(4)], 2000))


def mixed(vs, n):
    acc = 0
    for i in range(n):
        v = vs[i % len(vs)]
        acc += v.x + v.y
        v.x += 1
    return acc, [vars(v) if hasattr(v, "__dict__") else None for v in vs]


print(mixed([Vec(1, 2), Vec3(3, 4, 5), Vec(6, 7)], 1500))


class Lazy:
    __slots__ = ("value",)

    def __getattr__(self, name):
        return "default " + name


def lazies(n):
    ls = [Lazy() for _ in range(3)]
    out = []
    for i in range(n):
        l = ls[i % 3]
        if i == n // 3:
            ls[0].value = "set"
        out.append(l.value)
    return out[:2], out[-3:], out.count("set")


print(lazies(1500))


def replaced(n):
    vs = [Vec(i, i) for i in range(3)]
    s = 0
    for i in range(n):
        if i == n // 2:
            Vec.x = property(lambda self: 1000)
        s += vs[i % 3].x
    return s


print(replaced(2000))
