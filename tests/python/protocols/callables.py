# __call__: objects used as functions, callbacks, decorators with state, callable() checks.


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), callable(double), callable(Multiplier), callable(3))


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def add(a, b=0):
    return a + b


print(add(1, 2), add(5), add(a=1, b=1), add.calls, add.__name__)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache))


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, step):
        return Pipeline(*self.steps, step)


clean = Pipeline(str.strip) | str.lower | (lambda s: s.replace(" ", "-"))
print(clean("  Hello World Again "), [clean(s) for s in ("A B", " c ")])


class Handler:
    def __init__(self):
        self.events = []

    def on(self, name):
        def register(fn):
            self.events.append((name, fn))
            return fn
        return register

    def fire(self, name, *args):
        return [fn(*args) for n, fn in self.events if n == name]


bus = Handler()


@bus.on("greet")
def hello(who):
    return f"hello {who}"


@bus.on("greet")
def wave(who):
    return f"*waves at {who}*"


print(bus.fire("greet", "sam"), bus.fire("other"))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
text = "text"
try:
    text()
except TypeError as e:
    print("TypeError:", e)
try:
    Multiplier(2)(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *a):
        print(f"  Meta.__call__ for {cls.__name__}{a}")
        return super().__call__(*a)


class Built(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(Built(3).v)


class Instance:
    pass


obj = Instance()
obj.__call__ = lambda: "instance attribute is not used"
try:
    obj()
except TypeError as e:
    print("TypeError:", e)
Instance.__call__ = lambda self: "class attribute is used"
print(obj(), callable(obj))
bound = double.__call__
print(bound(4), type(bound).__name__, sorted([3, -1, 2], key=Multiplier(-1)))
