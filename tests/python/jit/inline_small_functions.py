"""Small helper functions and leaf methods called from hot loops: results, rebinding mid-loop,
arguments whose type changes mid-loop and results that overflow into bignums."""


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def weight(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def square(x):
    return x * x


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def norm2(self):
        return self.dot(self)


def table(n):
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += weight(i, j) * clamp(j - i, -3, 3)
    return total


def energies(vs):
    e = 0.0
    for a in vs:
        for b in vs:
            e += a.dot(b)
    return e


def squares(n, scale):
    t = 0
    for i in range(n):
        t += square(i * scale)
    return t


def add_one(x):
    return x + 1


def double(x):
    return x * 2


def rebinding(n):
    global add_one
    t = 0
    saved = add_one
    for i in range(n):
        if i == n // 2:
            add_one = double
        t += add_one(i)
    add_one = saved
    return t


def rebinding_method(vs, n):
    t = 0.0
    for k in range(n):
        if k == n // 2:
            Vec.dot = lambda self, other: 1.0
        for v in vs:
            t += v.dot(v)
    return t


def mixed(values):
    t = 0
    for v in values:
        t += square(v)
    return t


vs = [Vec(i * 0.5, 1.0 - i, i % 3) for i in range(20)]
for rep in range(4):
    print("table", round(table(60), 9))
    print("energies", energies(vs))
    print("norms", sum(v.norm2() for v in vs))
    print("squares", squares(3000, 1), squares(3000, 10 ** 8))
    print("rebinding", rebinding(4000))
    print("mixed", mixed([1, 2, 3] * 300 + [0.5, 2.5, 10 ** 20, True]))
saved_dot = Vec.dot
print("rebinding method", rebinding_method(vs, 200))
Vec.dot = saved_dot
print("after", energies(vs))
