# RecursionError at the limit: caught, retried with a new limit, raised through methods and generators.
import sys


def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


base = depth()
print(900 < base < 1000)


def runaway(n):
    return runaway(n + 1) + 1


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), 150 < depth() < 200)
sys.setrecursionlimit(3000)
print(2800 < depth() < 3000)
sys.setrecursionlimit(1000)


class Node:
    def __init__(self):
        self.next = self

    def __repr__(self):
        return f"Node({self.next!r})"

    def size(self):
        return 1 + self.next.size()


try:
    repr(Node())
except RecursionError as e:
    print("repr:", type(e).__name__)
try:
    Node().size()
except RecursionError as e:
    print("method:", e)


class Attr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)


try:
    Attr().y
except RecursionError as e:
    print("getattr:", e)


def gen(n):
    yield n
    yield from gen(n + 1)


try:
    for _ in gen(0):
        pass
except RecursionError as e:
    print("generator:", type(e).__name__)


def fine_after():
    return sum(range(100))


print(fine_after(), depth() == base)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
