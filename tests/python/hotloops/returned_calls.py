# `return f(x)` in every shape of call, while the callee is rebound, raises or recurses.
import sys
import traceback


def ident(x):
    return x


def forward(x):
    return ident(x)


def length(x):
    return len(x)


class Vec:
    def __init__(self, a):
        self.a = a

    def add(self, o):
        return Vec(self.a + o.a)

    def twice(self):
        return self.add(self)


def gen():
    yield 1
    return ident(9)


print(forward(3), length("abc"), Vec(2).twice().a)
it = gen()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)


def bad():
    return ident()


try:
    bad()
except TypeError as e:
    print("TypeError:", e)


def down(n):
    return n if n == 0 else down(n - 1)


print(down(500))
try:
    down(5000)
except RecursionError:
    print("RecursionError")


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)


try:
    deep(3)
except ValueError:
    print("frames in traceback:", len(traceback.extract_tb(sys.exc_info()[2])))

total = 0
for i in range(3000):
    if i == 1000:
        ident = lambda x: x * 2
    if i == 2000:
        ident = str
    r = forward(i)
    total += r if isinstance(r, int) else len(r)
print(total)
big = 0
for i in range(100):
    big = forward(2 ** 64 + i)
print(big)
