# Every parameter kind in one signature and the ways callers reach them.


def render(template, /, *values, sep=" ", end="", **options):
    text = sep.join(str(v) for v in values)
    flags = ",".join(f"{k}={v}" for k, v in sorted(options.items()))
    return f"{template}[{text}]{end}{{{flags}}}"


print(render("t"))
print(render("t", 1, 2, 3))
print(render("t", *range(3), sep="-", end="!", color="red", bold=True))
print(render("t", template="kw goes to options"))
args = ("x", "y")
kwargs = {"sep": "+", "z": 1}
print(render("t", *args, **kwargs), render(*("only",)), render(*["a", "b"], **{}))


def point(x, y=0, /, z=0, *, w=1):
    return (x, y, z, w)


print(point(1), point(1, 2), point(1, 2, 3), point(1, z=5), point(1, 2, z=3, w=4))


def keyword_only(*, name, age=None):
    return f"{name}:{age}"


print(keyword_only(name="a"), keyword_only(age=3, name="b"))


def collect(*args, **kwargs):
    return args, kwargs


print(collect(), collect(1, *[2, 3], 4, *(5,)), collect(a=1, **{"b": 2}, c=3, **{"d": 4}))
print(collect(*"ab", **dict(x=1)), collect(*{1: "k"}, *{2}), collect(**{"with space": 1, "1": 2}))


def defaults(a, b=[], c={}, d=(1, 2), e=None, f="s"):
    return a, b, c, d, e, f


print(defaults(0), defaults(0, f="t", d=()), defaults.__defaults__)


class Api:
    def call(self, method, /, path="/", *, timeout=30, **headers):
        return f"{method} {path} t={timeout} h={sorted(headers)}"

    @staticmethod
    def static(a, *, b):
        return a + b

    @classmethod
    def make(cls, *args, **kw):
        return f"{cls.__name__}{args}{kw}"


api = Api()
print(api.call("GET"), api.call("POST", "/x", timeout=5, Accept="json", Host="h"))
print(Api.call(api, "PUT", path="/p"), Api.static(1, b=2), api.static(3, b=4), Api.make(1, k=2), api.make())
unbound = Api.call
print(unbound(api, "DELETE"), list(map(api.call, ["A", "B"])))


def nested_unpack(first, second, *rest, last=None):
    return first, second, rest, last


row = [1, 2, 3, 4]
opts = {"last": "end"}
print(nested_unpack(*row, **opts), nested_unpack(*row[:2]), nested_unpack(0, *row[1:3], last=9))


def apply(fn, *a, **k):
    return fn(*a, **k)


print(apply(render, "x", 1, sep="/"), apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
print(max(3, 1, key=lambda v: -v), min([], default="empty"), sorted("bca", key=None), print is print)
print("sep", "end", sep=" | ", end=" <\n")
print(*[1, 2, 3], sep=", ")
