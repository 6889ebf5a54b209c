# Generators: send, throw, close, return values, yield from delegation and cleanup order.


def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                continue
            total += value
    except GeneratorExit:
        print(f"  accumulator closing at {total}")
        raise
    finally:
        print("  accumulator finally")


acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), next(acc), acc.send(-3))
acc.close()
acc.close()
try:
    acc.send(1)
except StopIteration as e:
    print("StopIteration", e.value)

fresh = accumulator()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)


def worker():
    attempts = 0
    while True:
        try:
            yield f"attempt {attempts}"
        except ValueError as e:
            print(f"  recovered from {e}")
            attempts += 1
        except KeyError:
            print("  giving up")
            return f"done after {attempts}"


w = worker()
print(next(w))
print(w.throw(ValueError("bad input")))
print(w.throw(ValueError("again")))
try:
    w.throw(KeyError("x"))
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(w)
except StopIteration as e:
    print("exhausted", e.value)


def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print(f"  inner got {got}")
    return f"inner({n}) done"


def outer():
    r1 = yield from inner(2)
    print(f"  outer saw {r1!r}")
    r2 = yield from inner(1)
    print(f"  outer saw {r2!r}")
    return "outer done"


g = outer()
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("result:", e.value)


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def counting():
    yield 1
    return 99


print(list(counting()), [x for x in counting()])


def delegator():
    try:
        yield from accumulator()
    finally:
        print("  delegator finally")


d = delegator()
next(d)
d.send(4)
d.close()


def throw_through():
    try:
        yield from inner(5)
    except ZeroDivisionError as e:
        yield f"caught {e!r} in outer"


t = throw_through()
next(t)
print(t.throw(ZeroDivisionError("deep")))
print(g.gi_running, type(g).__name__)
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))


def raises_stop():
    yield 1
    raise StopIteration("explicit")


try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
