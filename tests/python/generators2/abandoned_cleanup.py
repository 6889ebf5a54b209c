"""Generators left half way by break or return run their cleanup right away, as in CPython."""
import contextlib

log = []


@contextlib.contextmanager
def opened(name):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")


def records(name, count):
    with opened(name):
        for i in range(count):
            yield f"{name}:{i}"


def numbers(tag):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers finished", tag)


def find(name, wanted):
    for rec in records(name, 10):
        if rec.endswith(wanted):
            return rec
    return None


def first_square_over(limit):
    for n in numbers("search"):
        if n * n > limit:
            break
    print("found", n)
    return n


print(find("alpha", ":3"), log)
log.clear()
print(find("beta", ":42"), log)
log.clear()
first_square_over(50)
for outer in range(3):
    for value in numbers(f"inner {outer}"):
        if value == outer:
            break
    print("outer", outer, "done")
total = 0
for rec in records("gamma", 3):
    total += len(rec)
print(total, log)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self):
        try:
            yield self.value
            for child in self.children:
                yield from child.walk()
        finally:
            print("leave", self.value)


tree = Tree(1, Tree(2, Tree(3)), Tree(4))
for v in tree.walk():
    if v == 3:
        print("stop at", v)
        break
print("after walk")


class Stream:
    """Hands out one generator it keeps: a loop that breaks must leave it open."""

    def __init__(self):
        self._gen = self._produce()

    def _produce(self):
        try:
            for i in range(6):
                yield i
        finally:
            print("stream closed")

    def items(self):
        return self._gen


def shared():
    return stream._gen


stream = Stream()
for x in stream.items():
    if x == 1:
        break
for x in shared():
    if x == 2:
        break
print("resumed", list(stream.items()))


def countdown(n):
    while n:
        yield n
        n -= 1


g = countdown(3)
print(g.__name__, g.__qualname__, g.gi_code.co_name, Tree(0).walk().__qualname__)
