"""Calls between compiled functions while the callee changes under them: defaults mutated,
the name rebound during the callee's own execution or by its caller, keyword arguments."""


def scale(x, factor=2, offset=0):
    return x * factor + offset


def use_scale(n):
    total = 0
    for i in range(n):
        total += scale(i) + scale(i, 3) + scale(i, offset=1)
    return total


print("defaults", use_scale(300))
scale.__defaults__ = (10, 5)
print(scale.__defaults__, scale(1), scale(1, 2))
print("mutated defaults", use_scale(300))
scale.__kwdefaults__ = None
scale.__defaults__ = (1, 0)
print("again", use_scale(300))
try:
    scale.__defaults__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)
del scale.__defaults__
print(scale.__defaults__)
try:
    use_scale(3)
except TypeError as e:
    print("TypeError:", e)
scale.__defaults__ = (2, 0)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(20)])


# the callee rebinds its own global name while it runs: the calls after that go to the new one
calls = []


def countdown(n):
    global countdown
    if n == 5:
        old = countdown

        def countdown(m):
            calls.append(("new", m))
            return 100 + m

        try:
            return old(n - 1) + 1  # the old function keeps running: its own later calls see the new name
        finally:
            countdown = old
    if n <= 0:
        return 0
    return countdown(n - 1) + 1


for r in range(40):
    result = countdown(12)
print("rebound inside", result, calls[-3:], len(calls))


# the callee's name is rebound by the hot caller itself
def shape(a, b):
    return a + b


def other_shape(a, b):
    return a * b


def drive(n):
    global shape
    acc = 0
    for i in range(n):
        if i == n // 2:
            shape = other_shape
        acc += shape(i, 3)
    return acc


print("rebound by the caller", drive(400))


# a closure that only reads its cells, called hot
def make_adder(k):
    def add(x):
        return x + k
    return add


add5 = make_adder(5)


def sum_adds(n):
    s = 0
    for i in range(n):
        s += add5(i)
    return s


print("closure", sum_adds(500))


# ints turning into floats and bignums at a typed call's arguments and result
def mix(a, b):
    return a * b + 1


def mixed_calls():
    out = []
    for v in [1, 2, 3, 2.5, 10 ** 20, -7, 3]:
        for _ in range(30):
            r = mix(v, v)
        out.append(r)
    return out


print("mixed", mixed_calls())


# a recursive function whose result turns into a bignum deep inside
def power_sum(n):
    if n == 0:
        return 1
    return power_sum(n - 1) * 3 + 1


print("bignum", [power_sum(i) for i in (5, 30, 45, 60)])
