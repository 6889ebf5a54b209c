import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering, cache, singledispatch

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=10), base2.func is int, base2.args, base2.keywords)
greet = partial(print, "Hello", sep=", ")
greet("world")


def power(base, exp, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, 3, mod=5)
print(square(7), cube_mod(3), partial(square, 9)())
print(repr(partial(power, 2)).startswith("functools.partial(<function power"))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=3)
def slow_square(n):
    print("  computing", n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    slow_square(n)
print(slow_square.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@cache
def tri(n):
    return n + tri(n - 1) if n else 0


print(tri(200), tri.cache_info().hits)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        """inner doc"""
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return inner


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20), add.__qualname__)


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


m = [Money(500), Money(150), Money(999)]
print(sorted(m), max(m), Money(1) <= Money(1), Money(2) > Money(1), Money(2) >= Money(3))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register(str)
def _(x):
    return f"str {x.upper()}"


print(describe(5), describe([1, 2]), describe("hi"), describe(2.5), describe(True))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
