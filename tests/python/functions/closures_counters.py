"""Closures as people use them: counters, memoizers, accumulators and callbacks, including
late binding in loops and nonlocal rebinding."""


def make_counter(start=0, step=1):
    count = start

    def next_value():
        nonlocal count
        value = count
        count += step
        return value

    def reset():
        nonlocal count
        count = start

    return next_value, reset


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def binomial(n, k):
    if k in (0, n):
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


def accumulators():
    late = [lambda: i for i in range(3)]
    bound = [lambda i=i: i for i in range(3)]
    return [f() for f in late], [f() for f in bound]


def event_bus():
    handlers = {}

    def on(event):
        def register(fn):
            handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(event, *args):
        return [h(*args) for h in handlers.get(event, [])]

    return on, emit


nxt, reset = make_counter(10, 5)
print([nxt() for _ in range(4)])
reset()
print(nxt(), nxt())
print(binomial(30, 15), len(binomial.cache))
print(accumulators())
on, emit = event_bus()


@on("greet")
def hello(name):
    return f"hello {name}"


@on("greet")
def shout(name):
    return f"HEY {name.upper()}!"


print(emit("greet", "ada"), emit("missing"))
print(hello.__name__, make_counter.__code__.co_freevars, nxt.__code__.co_freevars)
print([c.cell_contents for c in nxt.__closure__])


def outer():
    x = "outer"

    def inner():
        print(x)
    x = "rebound"
    return inner


outer()()
