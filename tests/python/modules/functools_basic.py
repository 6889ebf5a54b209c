import functools
from functools import reduce, partial, cmp_to_key, lru_cache, cache, wraps, total_ordering, cached_property, singledispatch, update_wrapper

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
for args in [(len, []), (len,), (len, 5)]:
    try:
        print(reduce(*args))
    except TypeError as e:
        print('TypeError', e)

p = partial(int, base=2)
print(p('1010'), p('11', base=10), repr(p), p.func is int, p.args, p.keywords)
def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
g = partial(f, 1, c=3)
print(g(2), g(2, x=1), g.args, g.keywords)
h = partial(g, 7, d=9)
print(h(), h.func is f, h.args, h.keywords)
print(repr(partial(max, 1, 2, key=abs)))
h.attr = 5
print(h.attr)
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
try:
    partial()
except TypeError as e:
    print('TypeError', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted('banana', key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(3) <= K(2), K(2) == K(2), K(5).obj)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
print(fib.cache_info().hits, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())

@lru_cache
def plain(x, y=1):
    calls.append((x, y))
    return x + y
calls.clear()
print(plain(1), plain(1), plain(1, y=1), plain(1, 1), plain(x=1), calls, plain.cache_info())
print(plain.cache_parameters())

@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x
calls.clear()
typed(1); typed(1.0); typed(1)
print(calls, typed.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info())

class C:
    def __init__(self, v):
        self.v = v
    @lru_cache(maxsize=None)
    def double(self, k):
        return self.v * 2 + k
    @cached_property
    def expensive(self):
        print('computing')
        return self.v ** 2
c = C(21)
print(c.double(0), c.double(0), C.double.cache_info())
print(c.expensive, c.expensive, c.__dict__)

def my_decorator(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) + 1
    return wrapper
@my_decorator
def example(x):
    """Docstring here."""
    return x * 10
print(example(4), example.__name__, example.__doc__, example.__wrapped__(4))

@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= V(1), a >= V(1), sorted([V(3), V(1), V(2)], reverse=True)[0].n)
@total_ordering
class W:
    def __init__(self, n):
        self.n = n
    def __ge__(self, o):
        return self.n >= o.n
print(W(1) < W(2), W(2) <= W(2), W(3) > W(2))
try:
    total_ordering(type('E', (), {}))
except ValueError as e:
    print('ValueError', e)

@singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
print(show(3), show([1, 2]), show('s'), show(True), show.dispatch(bool).__name__)

from functools import partialmethod
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=''):
        self.alive = bool(state)
        return note
    set_alive = partialmethod(set_state, True, note='on')
    set_dead = partialmethod(set_state, False)
c = Cell()
print(c.set_alive(), c.alive, repr(c.set_dead()), c.alive)
print(type(Cell.__dict__['set_alive']).__name__)
