# Default arguments evaluated once, None sentinels, defaults referring to earlier globals, and introspection.
import time as _t

calls = []


def log(msg, bucket=[]):
    bucket.append(msg)
    return list(bucket)


print(log("a"), log("b"), log("c", []), log("d"))
print(log.__defaults__)
_missing = object()


def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default


print(get({"a": 1}, "a"), get({}, "b", None), get({}, "c", 0))
try:
    get({}, "d")
except KeyError as e:
    print("KeyError:", e)
counter = 0


def next_id(start=counter + 100):
    global counter
    counter += 1
    return start + counter


print(next_id(), next_id(), next_id(0), next_id.__defaults__)


def kw_defaults(a, *, sep=", ", end="."):
    return sep.join(a) + end


print(kw_defaults(["x", "y"]), kw_defaults("ab", sep="-"), kw_defaults.__kwdefaults__)


def build(n, factory=list):
    return [factory() for _ in range(n)]


grid = build(2)
grid[0].append(1)
print(grid, build(2, dict), build(1, lambda: "x"))


def power(base, exp=2, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp


print(power(3), power(3, 3), power(3, 3, mod=5), power(exp=0, base=9))
