# One call site meets every kind of callable while it is hot.
import functools


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k

    def method(self, x):
        return x * self.k


def plain(x):
    return x - 1


callables = [plain, Adder(3), Adder(2).method, abs, str, lambda x: x ** 2,
             functools.partial(pow, 2), int, len if False else float, Adder]
out = []
for i in range(3000):
    f = callables[i % len(callables)]
    r = f(i % 17)
    out.append(type(r).__name__ if not isinstance(r, (int, float)) else r)
print(out[:20])
print(len(out), sum(x for x in out if isinstance(x, int)))


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


acc = []
for i in range(2000):
    acc.append(apply(max, i, 1000 - i, key=lambda v: -v))
print(acc[0], acc[999], acc[-1])
