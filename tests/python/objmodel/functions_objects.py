# Functions as objects: attributes, defaults captured at definition, introspection, first-class use.


def greet(name, greeting="Hello", *, punct="!"):
    """Return a greeting."""
    return f"{greeting}, {name}{punct}"


print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__defaults__, greet.__kwdefaults__)
print(greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount, greet.__code__.co_varnames[:3])
greet.calls = 0
greet.calls += 1
print(greet.calls, greet.__dict__, callable(greet), type(greet).__name__)


def make_list(item, target=[]):
    target.append(item)
    return target


print(make_list(1), make_list(2), make_list(3, []), make_list(4))


def safer(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safer(1), safer(2))
limit = 10


def with_default(x, cap=limit):
    return min(x, cap)


limit = 1
print(with_default(50), with_default(50, limit))


def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]


print(annotated.__annotations__, annotated(1))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({k: f(3, 4) for k, f in ops.items()}, ops["add"].__name__, ops["pow"].__name__)


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    run.__name__ = "composed_" + "_".join(f.__name__ for f in fns)
    return run


inc = lambda n: n + 1
inc.__name__ = "inc"
dbl = lambda n: n * 2
dbl.__name__ = "dbl"
pipeline = compose(inc, dbl)
print(pipeline(5), pipeline.__name__, compose()(7))


def apply_all(fns, value):
    return [f(value) for f in fns]


print(apply_all([str, repr, len, type], "hi")[:3], apply_all([abs, float, bool], -3))
print(sorted(["pear", "fig", "banana"], key=len), max(["pear", "fig"], key=len), list(map(str.upper, "ab")))


def recursive_count(n):
    return 0 if n == 0 else 1 + recursive_count(n - 1)


alias = recursive_count
print(alias(50), alias.__name__, alias is recursive_count)


def outer():
    def inner():
        return "inner result"
    return inner


fn = outer()
print(fn(), fn.__qualname__, outer.__qualname__)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)


def gen_fn():
    yield 1


print(type(gen_fn).__name__, type(gen_fn()).__name__, gen_fn.__code__.co_name)
print((lambda: 0).__name__, (lambda x, *a, **k: 0).__code__.co_argcount, greet.__module__)
f_copy = greet
del greet
print(f_copy("Bob", punct="?"))
