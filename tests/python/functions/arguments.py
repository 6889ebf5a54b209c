def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3), pos_only(1, 2, 3))

def kw_only(*, key="default"):
    return key

print(kw_only(), kw_only(key="given"))

def defaults(x, acc=[]):
    acc.append(x)
    return acc

print(defaults(1), defaults(2))

errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, c=3, a=9),
    lambda: pos_only(1, b=2, c=3),
    lambda: kw_only(1),
    lambda: kw_only(bad=1),
    lambda: (lambda x, y: 0)(1, 2, 3),
    lambda: (lambda x, y, z: 0)(),
    lambda: (lambda x, y, z: 0)(1),
]
for e in errors:
    try:
        e()
    except TypeError as ex:
        print("TypeError:", ex)

def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)

print(apply(max, 3, 8, 1), apply(sorted, [3, 1, 2], reverse=True))
square = lambda x: x * x
print(list(map(square, range(5))), list(filter(lambda v: v % 2, range(10))))
print(sorted(["pear", "fig", "apple"], key=len), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(max(["aa", "b", "cccc"], key=len), min([], default="empty"))

def doc():
    "A docstring."
    return doc.__doc__

print(doc(), doc.__name__, f.__name__, square.__name__)
