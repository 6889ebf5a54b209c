# The TypeError messages of bad calls, matching CPython's wording.


def f(a, b, c=3):
    return a + b + c


def kw_only(a, *, key, flag=False):
    return a


def pos_only(a, b, /, c):
    return a


def star(*args, must):
    return args


class Thing:
    def method(self, x):
        return x

    @classmethod
    def cm(cls, y):
        return y

    @staticmethod
    def sm(z):
        return z


calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: f(1, b=2, b2=3),
    lambda: kw_only(1),
    lambda: kw_only(1, 2),
    lambda: kw_only(1, key=1, other=2),
    lambda: kw_only(key=1),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(a=1, b=2, c=3),
    lambda: pos_only(1, 2),
    lambda: star(1, 2),
    lambda: Thing().method(),
    lambda: Thing().method(1, 2),
    lambda: Thing.method(1),
    lambda: Thing.cm(),
    lambda: Thing.sm(1, 2),
    lambda: Thing(1),
    lambda: f(1, *(2,), **{1: 2}),
    lambda: (lambda x: x)(),
    lambda: (lambda *, k: k)(1),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: isinstance(1),
    lambda: print(nope=1),
    lambda: divmod(1),
    lambda: getattr(1),
    lambda: range(),
    lambda: dict(1),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)


def many(a, b, c, d):
    pass


for n in range(6):
    try:
        many(*range(n))
        print(n, "ok")
    except TypeError as e:
        print(n, e)


def two_kw(*, x, y):
    pass


try:
    two_kw()
except TypeError as e:
    print(e)


def three(a, b, c):
    pass


try:
    three()
except TypeError as e:
    print(e)
try:
    three(c=1)
except TypeError as e:
    print(e)
