"""Method calls from hot compiled code while the methods, the classes and the receivers change."""
import os
import sys
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def norm2(self):
        return self.dot(self)


class Vec3(Vec):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * getattr(other, "z", 0)


def total_norms(vectors, rounds):
    acc = 0
    for _ in range(rounds):
        for v in vectors:
            acc += v.norm2() + v.scaled(2).dot(v)
    return acc


vs = [Vec(i, i + 1) for i in range(20)]
print("base", total_norms(vs, 30))

# a subclass instance reaches the sites specialized for the base class
mixed = vs[:10] + [Vec3(i, 2, i % 3) for i in range(10)]
print("mixed", total_norms(mixed, 30))

# the method is replaced on the class while the caller is hot
def replace_midway(vectors, rounds):
    acc = 0
    for r in range(rounds):
        if r == rounds // 2:
            Vec.dot = lambda self, other: 1000
        for v in vectors:
            acc += v.norm2()
    return acc


print("replaced", replace_midway(vs, 40))
del Vec.dot  # back to nothing: the subclass keeps its own dot, the base has none
try:
    print(vs[0].norm2())
except AttributeError as e:
    print("AttributeError:", e)
print("subclass still", mixed[-1].norm2())


def restore():
    def dot(self, other):
        return self.x * other.x + self.y * other.y
    Vec.dot = dot


restore()
print("restored", total_norms(vs, 10))

# an instance attribute shadows the method on one receiver only
odd = Vec(3, 4)
odd.dot = lambda other: -1
print("shadowed", sum(v.dot(v) for v in vs[:5] + [odd]))


# __init__ raising through a constructor call made from compiled code
class Checked:
    def __init__(self, value):
        if value < 0:
            raise ValueError("negative value %d" % value)
        self.value = value

    def double(self):
        return self.value * 2


def build_all(values):
    out = 0
    for v in values:
        out += Checked(v).double()
    return out


print("built", build_all(list(range(200))))
try:
    build_all(list(range(100)) + [-5])
except ValueError:
    # file names only: the output must not depend on where the tests are checked out
    print(traceback.format_exc().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")


# recursion to the limit through methods
class Walker:
    def __init__(self):
        self.steps = 0

    def down(self, n):
        self.steps += 1
        if n == 0:
            return 0
        return self.down(n - 1) + 1

    def forever(self, n):
        return self.forever(n + 1) + 1


w = Walker()
for i in range(300):
    w.down(i % 40)
print("walker steps", w.steps)
print("deep", w.down(sys.getrecursionlimit() - 50))
for attempt in range(3):
    try:
        w.forever(0)
    except RecursionError as e:
        print("RecursionError:", e)
print("after overflow", w.down(10))
