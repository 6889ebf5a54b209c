"""Constructor calls of plain classes from hot compiled code, while the classes change:
__init__ replaced, __new__ added, a metaclass, __init__ returning a value or raising."""
import os
import sys
import traceback


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def area(self):
        return (self.hi.x - self.lo.x) * (self.hi.y - self.lo.y)


def boxes(n):
    total = 0
    for i in range(n):
        total += Box(Point(0, 0), Point(i, i + 1)).area()
    return total


print("boxes", boxes(300))


# __init__ replaced on the class while the caller is hot
def replaced(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            def init(self, lo, hi):
                self.lo = hi
                self.hi = Point(hi.x * 2, hi.y * 2)
            Box.__init__ = init
        total += Box(Point(0, 0), Point(i, 1)).area()
    return total


print("replaced", replaced(300))


# __new__ added to the class: instances come from it from then on
class Fresh:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi


def with_new(n):
    made = []
    for i in range(n):
        if i == n - 3:
            def new(cls, *args):
                obj = object.__new__(cls)
                obj.tag = "new"
                return obj
            Fresh.__new__ = new
        b = Fresh(Point(0, 0), Point(1, 1))
        made.append(getattr(b, "tag", "-"))
    return made[-5:]


print("with __new__", with_new(100))


# __init__ returning a value
class Odd:
    def __init__(self, v):
        self.v = v
        if v == 77:
            return v


def odds(n):
    s = 0
    for i in range(n):
        s += Odd(i).v
    return s


print("odds", odds(50))
try:
    odds(100)
except TypeError as e:
    print("TypeError:", e)


# __init__ raising, the traceback printed
class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError("negative balance for " + owner)
        self.owner = owner
        self.balance = balance


def open_accounts(specs):
    total = 0
    for owner, balance in specs:
        total += Account(owner, balance).balance
    return total


specs = [("ann", i) for i in range(150)]
print("accounts", open_accounts(specs))
try:
    open_accounts(specs + [("bob", -1)])
except ValueError:
    # file names only: the output must not depend on where the tests are checked out
    print(traceback.format_exc().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""), end="")


# a subclass built through super().__init__, and a metaclass that counts instances
class Counted(type):
    made = 0

    def __call__(cls, *args):
        Counted.made += 1
        return super().__call__(*args)


class Tracked(metaclass=Counted):
    def __init__(self, v):
        self.v = v


class Labeled(Box):
    def __init__(self, lo, hi, label):
        super().__init__(lo, hi)
        self.label = label


def mixed(n):
    s = 0
    for i in range(n):
        s += Tracked(i).v + len(Labeled(Point(0, 0), Point(1, 1), "x" * (i % 4)).label)
    return s


print("mixed", mixed(200), Counted.made)


# recursion to the limit through constructors
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n > 0 else None


def chain_length(c):
    n = 0
    while c is not None:
        n += 1
        c = c.next
    return n


print("chain", chain_length(Chain(200)))
for attempt in range(2):
    try:
        Chain(10 ** 6)
    except RecursionError as e:
        print("RecursionError:", e)
print("chain after", chain_length(Chain(50)))
