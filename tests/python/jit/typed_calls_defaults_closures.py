"""Hot calls with keyword and default arguments whose defaults are later replaced or mutated,
closures whose cells change while their callers run compiled, and a method recursing to the
recursion limit (the error caught and the recursion run again)."""


def scaled(x, factor=2, offset=0):
    return x * factor + offset


def use_defaults(n):
    total = 0
    for i in range(n):
        total += scaled(i) + scaled(i, 3) + scaled(i, offset=1) + scaled(x=i, factor=-1)
    return total


print("defaults", use_defaults(200))
scaled.__defaults__ = (10, 5)
print("defaults replaced", use_defaults(200))


def collect(item, into=[]):
    into.append(item)
    return len(into)


def fill(n):
    last = 0
    for i in range(n):
        last = collect(i)
    return last


print("shared default", fill(50), fill(50))
collect.__defaults__[0].clear()
print("default mutated", fill(10))
collect.__defaults__ = ([-1],)
print("default rebound", fill(10), collect.__defaults__[0][:3])


def make_counter(step):
    def bump(x):
        return x + step

    def set_step(s):
        nonlocal step
        step = s

    return bump, set_step


bump, set_step = make_counter(1)


def drive(n):
    x = 0
    for i in range(n):
        x = bump(x)
        if i == n // 2:
            set_step(100)  # the cell changes under the compiled loop
    return x


print("closure", drive(300))
print("closure after", drive(10))


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def depth(self):
        if self.child is None:
            return 1
        return self.child.depth() + 1

    def total(self, acc=0):
        if self.child is None:
            return acc + self.value
        return self.child.total(acc + self.value)


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


short = chain(200)
for _ in range(50):
    short.depth()
print("depth", short.depth(), "total", short.total())
long = chain(5000)
for attempt in range(3):
    try:
        print(long.depth())
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)
    try:
        print(long.total(acc=1))
    except RecursionError as e:
        print("attempt", attempt, "total:", type(e).__name__, e)
print("still fine", short.depth(), short.total(acc=7))
