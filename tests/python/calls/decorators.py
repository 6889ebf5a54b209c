# Decorators: with and without arguments, stacking order, class decorators, functools.wraps, methods.
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  -> {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"  <- {fn.__name__} = {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return decorate


def tag(name):
    def decorate(fn):
        print(f"  decorating {fn.__name__} with {name}")
        fn.tags = getattr(fn, "tags", []) + [name]
        return fn
    return decorate


@trace
def add(a, b=1):
    """Adds two numbers."""
    return a + b


print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__(1))


@tag("outer")
@tag("inner")
def tagged():
    pass


print(tagged.tags)


@repeat(3)
def roll(sides=6):
    return sides


print(roll(), roll(2), roll.__name__)


def validate(**types):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for key, kind in types.items():
                if key in kwargs and not isinstance(kwargs[key], kind):
                    raise TypeError(f"{key} must be {kind.__name__}")
            return fn(**kwargs)
        return wrapper
    return decorate


@validate(name=str, age=int)
def person(name="?", age=0):
    return f"{name} ({age})"


print(person(name="ann", age=3))
try:
    person(name="bob", age="old")
except TypeError as e:
    print("TypeError:", e)


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get


@singleton
class Settings:
    def __init__(self, env="dev"):
        self.env = env


print(Settings("prod").env, Settings().env, Settings() is Settings(), Settings.__name__)


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b


print(Pair(1, "x"), [Pair(0, 0)])


class Service:
    def __init__(self):
        self.calls = 0

    def __repr__(self):
        return "<Service>"

    def counted(fn):
        def wrapper(self, *a):
            self.calls += 1
            return fn(self, *a)
        return wrapper

    @counted
    def ping(self):
        return "pong"

    @property
    @trace
    def status(self):
        return f"{self.calls} calls"

    @staticmethod
    @trace
    def helper(x):
        return x * 2


s = Service()
print(s.ping(), s.ping(), s.status, Service.helper(4))
order = []


def mark(label):
    order.append(f"factory {label}")

    def deco(fn):
        order.append(f"apply {label}")
        return fn
    return deco


@mark("a")
@mark("b")
@mark("c")
def target():
    pass


print(order)


@functools.lru_cache(maxsize=None)
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.cache_info().hits > 0)
decorate_with = (lambda f: f) if True else trace


@decorate_with
def plain():
    return "plain"


print(plain())
