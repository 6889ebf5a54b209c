# Forwarding *args/**kwargs through wrappers, partial application, and keyword merging rules.
import functools


def request(method, url, *, params=None, headers=None, timeout=10, **extra):
    parts = [method, url]
    if params:
        parts.append("?" + "&".join(f"{k}={v}" for k, v in params.items()))
    parts.append(f"t={timeout}")
    if headers:
        parts.append(f"h={sorted(headers)}")
    if extra:
        parts.append(f"x={extra}")
    return " ".join(parts)


def get(url, **kwargs):
    return request("GET", url, **kwargs)


def with_defaults(fn, **defaults):
    def wrapped(*args, **kwargs):
        merged = {**defaults, **kwargs}
        return fn(*args, **merged)
    return wrapped


print(get("/a"), get("/b", params={"q": 1}, timeout=3), get("/c", verify=False))
api_get = with_defaults(get, timeout=99, headers={"Auth": "t"})
print(api_get("/d"), api_get("/e", timeout=1))
post = functools.partial(request, "POST", timeout=5)
print(post("/f"), post("/g", timeout=1), post.func.__name__, post.args, post.keywords)
try:
    get("/h", "positional")
except TypeError as e:
    print("TypeError:", e)


def log_calls(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"  {fn.__name__}({', '.join(shown)})")
        return fn(*args, **kwargs)
    return inner


@log_calls
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


print(area(3), area(2, 5), area(w=4, unit="cm"), area(*(1, 2), **{"unit": "km"}))
opts = dict(sep="-", end="!\n")
print("a", "b", **opts)
print(*"xyz", sep="")


def count_args(*args, **kwargs):
    return len(args), len(kwargs)


big_args = list(range(1000))
big_kwargs = {f"k{i}": i for i in range(300)}
print(count_args(*big_args), count_args(**big_kwargs), count_args(*big_args, **big_kwargs))
inc = functools.partial(lambda a, b: a + b, 1)
print(list(map(inc, range(5))), functools.partial(max, key=len)(["aa", "b", "ccc"]))
