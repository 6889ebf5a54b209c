# Exceptions raised several compiled frames deep, caught in interpreted and compiled code.
class Invalid(Exception):
    pass


def level3(x):
    if x % 7 == 0:
        raise Invalid(f"bad {x}")
    if x % 11 == 0:
        return {}[x]
    return x * 2


def level2(x):
    try:
        return level3(x) + 1
    finally:
        counts["finally"] += 1


def level1(x):
    return level2(x) - 1


counts = {"finally": 0, "invalid": 0, "key": 0, "ok": 0}
for i in range(3000):
    try:
        level1(i)
        counts["ok"] += 1
    except Invalid:
        counts["invalid"] += 1
    except KeyError as e:
        counts["key"] += 1
        last_key = e.args[0]
print(counts, last_key)


def nested(depth):
    if depth == 0:
        raise ValueError("bottom")
    try:
        return nested(depth - 1)
    except ValueError as e:
        raise RuntimeError(f"at {depth}") from e


try:
    nested(5)
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)


def generator_raises():
    for i in range(10):
        yield i
        if i == 6:
            raise LookupError("from generator")


got = []
try:
    for v in generator_raises():
        got.append(v)
except LookupError as e:
    print(got, e)


def uncaught(n):
    return level1(n)


uncaught(14)
