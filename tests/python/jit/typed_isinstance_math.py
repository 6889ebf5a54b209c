# isinstance on known types and math functions on unboxed floats in hot loops: bools that are
# ints, subclasses, a builtin name rebound mid-loop, and math's errors (domain, range, NaN and
# infinity given to floor) raised from compiled code.
import math


class MyInt(int):
    pass


def classify(values):
    counts = [0, 0, 0, 0, 0, 0]
    for v in values:
        if isinstance(v, bool):
            counts[0] += 1
        if isinstance(v, int):
            counts[1] += 1
        if isinstance(v, float):
            counts[2] += 1
        if isinstance(v, str):
            counts[3] += 1
        if isinstance(v, (list, tuple)):
            counts[4] += 1
        if isinstance(v, dict):
            counts[5] += 1
    return counts


values = [1, 2, True, 3.5, "s", [1], (2,), {}, None, 2 ** 80, MyInt(4), False, -0.0]
print(classify(values))
print(classify(list(range(50))))
print(classify([1.5 * i for i in range(20)]))


def int_check(xs):
    n = 0
    for x in xs:
        if isinstance(x, int):
            n += 1
    return n


print(int_check([1, 2, 3] * 10))
int = float  # the global now shadows the builtin: compiled code must notice
print(int_check([1, 2, 3.0] * 10))
del int
print(int_check([1, 2, 3.0] * 10))


def curve(n):
    acc = 0.0
    for i in range(1, n):
        x = i / 8.0
        acc += math.sin(x) * math.cos(x) + math.exp(-x) + math.log(x) + math.atan2(x, 2.0)
        acc += math.pow(x, 1.5) + math.hypot(x, 3.0) + math.tan(x / 10) + math.atan(x)
    return round(acc, 9)


print(curve(200))


def floors(xs):
    out = []
    for x in xs:
        out.append((math.floor(x), math.ceil(x)))
    return out


print(floors([0.5, -0.5, 2.0, -2.0, 1e15 + 0.5, -7.25, 3, True, 1e19, -1e30]))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        print(floors([1.5, bad]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def apply(f, xs):
    out = []
    for x in xs:
        out.append(f(x))
    return out


def logs(xs):
    out = []
    for x in xs:
        out.append(round(math.log(x), 12))
    return out


def exps(xs):
    out = []
    for x in xs:
        out.append(math.exp(x))
    return out


def pows(pairs):
    out = []
    for x, y in pairs:
        out.append(math.pow(x, y))
    return out


for fn, arg in ((logs, [1.0, 2.0, 0.0]), (logs, [3, -1]), (exps, [0.0, 1.0, 1000.0]),
                (exps, [float("-inf"), float("inf"), float("nan")]),
                (pows, [(2.0, 10), (4, 0.5), (-8.0, 1 / 3)]), (pows, [(0.0, -1.0)]),
                (pows, [(10.0, 400.0)]), (pows, [(1.0, float("nan")), (float("nan"), 0.0), (-2.0, 3.0)])):
    try:
        print(fn.__name__, fn(arg))
    except (OverflowError, ValueError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(math.sin(float("inf")) if False else "sin(inf) raises:", end=" ")
try:
    apply(math.sin, [0.0, float("inf")])
except ValueError as e:
    print(e)
print([round(v, 12) for v in apply(math.cos, [0, 1, True, 2.5])])
print(apply(math.sqrt, [4, 2.25, 0.0]), apply(math.fabs, [-3, -2.5, True]))
