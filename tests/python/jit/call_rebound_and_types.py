"""Calls from hot compiled loops whose callees are rebound, whose argument types change, and
which use keywords, defaults, closures, methods and generators."""


def square(x):
    return x * x


def cube(x):
    return x * x * x


def apply_all(n):
    global square
    total = 0
    for i in range(n):
        if i == n // 2:
            square = cube  # rebound while this loop runs compiled
        total += square(i)
    return total


print("rebound:", apply_all(40))
print("after:", square(3))


def scale(v, k):
    return v * k + 1


def mixed(values):
    out = []
    for v in values:
        out.append(scale(v, 3))
    return out


print(mixed(range(5)))
print(mixed([1.5, 2.25, -0.5]))
print(mixed([2 ** 62, 2 ** 63, -(2 ** 64)]))
print(mixed([[1], (2,)]) if False else mixed([0.1, 7]))
print(mixed([1, 2.5, 10 ** 20, True]))


def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct


def greetings(names):
    res = []
    for i, n in enumerate(names):
        if i % 3 == 0:
            res.append(greet(n))
        elif i % 3 == 1:
            res.append(greet(n, "hi"))
        else:
            res.append(greet(n, punct="?", greeting="hey"))
    return res


print(greetings(["ann", "bob", "cy", "dee", "eve"]))


def make_adder(k):
    def add(x):
        return x + k
    return add


add5 = make_adder(5)


def use_closure(n):
    s = 0
    for i in range(n):
        s += add5(i)
    return s


print("closure:", use_closure(100))


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self, by):
        self.value += by
        return self.value


def drive(c, n):
    last = 0
    for i in range(n):
        last = c.bump(i % 7)
    return last


print("method:", drive(Counter(10), 500))
Counter.bump = lambda self, by: by * 2
print("method replaced:", drive(Counter(0), 5))


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def sum_evens(n):
    total = 0
    for k in range(n):
        total += sum(evens(k))
    return total


print("generator:", sum_evens(60))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print("bignum recursion:", fact(30), fact(5), fact(25) // fact(23))


def varargs(*xs):
    return len(xs)


def call_varargs(n):
    t = 0
    for i in range(n):
        t += varargs(i, i) + varargs()
    return t


print("varargs:", call_varargs(50))
