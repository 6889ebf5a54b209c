# The training run of jpsyco's ahead-of-time cache (JDK 25's AOT cache, see the jpsyco
# script): the classes this program makes the JVM load and link, and the method profiles it
# gathers, are stored once and reused by every later start. So it touches what typical
# programs touch: the compiler on many constructs, the common builtins and modules, string
# formatting, exceptions and a few hot loops that the JIT compiles. It prints nothing.
import collections
import functools
import itertools
import json
import math
import random
import re
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Shape:
    def area(self):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        if i % 3:
            yield i * i


@functools.lru_cache(maxsize=None)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


def hot_loops():
    total = 0
    for i in range(20000):
        total += i * 2 % 7
    x = 0.0
    for i in range(20000):
        x = x * 0.5 + math.sqrt(i)
    p = Point(0, 0)
    for i in range(3000):
        p = p + Point(i, -i)
    shapes = [Circle(i) if i % 2 else Square(i) for i in range(200)]
    areas = sum(s.area() for s in shapes)
    return total, x, p, areas, fib(18)


def text_work():
    words = ("alpha beta gamma delta " * 50).split()
    counts = collections.Counter(w.upper() for w in words)
    d = collections.defaultdict(list)
    for i, w in enumerate(words):
        d[w[0]].append(i)
    text = ", ".join("%s=%d" % kv for kv in sorted(counts.items()))
    text += "{:>10}|{:<8.3f}|{!r}".format("x", 3.14159, words[:2])
    found = re.findall(r"(\w+)=(\d+)", text)
    data = json.loads(json.dumps({"found": found, "n": [1, 2.5, None, True], "s": "é\n"}, sort_keys=True))
    b = "naïve".encode("utf-8").decode("utf-8")
    return len(found), data["n"], b.title(), text.count("a")


def misc():
    rng = random.Random(42)
    xs = [rng.randint(0, 100) for _ in range(300)]
    xs.sort(key=lambda v: -v)
    pairs = list(zip(xs, itertools.accumulate(xs)))
    groups = {k: len(list(g)) for k, g in itertools.groupby(sorted(xs), key=lambda v: v // 10)}
    s = {v for v in xs if v % 2}
    t = tuple(sorted(s))[:5]
    try:
        {}["missing"]
    except KeyError as e:
        msg = repr(e)
    try:
        int("x")
    except ValueError:
        pass
    with open(__file__, encoding="utf-8") as f:
        first = f.readline()
    return pairs[-1], groups, t, msg, first, ways(40, 40), sum(gen(500)), 10 ** 30 // 7, divmod(-7, 2)


results = [hot_loops(), text_work(), misc()]
print(results, file=open("/dev/null", "w") if sys.platform != "win32" else None)
