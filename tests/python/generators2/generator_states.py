# Generator states: created, running, suspended, closed; the errors of misuse in each.


def gen():
    print("  started")
    try:
        x = yield 1
        print("  received", x)
        yield 2
    finally:
        print("  cleanup")


g = gen()
print(type(g).__name__, g.gi_running)
print(next(g))
print(g.send("hello"))
g.close()
print(next(g, "exhausted"), next(g, "still exhausted"))
g.close()
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("ValueError:", e)
fresh = gen()
fresh.close()
print(next(fresh, "closed before start"))
fresh2 = gen()
try:
    fresh2.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError:", e)


def reentrant():
    yield me.__next__()


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def returns_value():
    yield 1
    return {"done": True}


r = returns_value()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def throw_into(g_exc):
    try:
        yield "waiting"
    except Exception as e:
        yield f"handled {type(e).__name__}"
    yield "after"


t = throw_into(None)
next(t)
print(t.throw(TypeError), t.throw(TypeError) if False else next(t))
try:
    t.throw(IndexError("unhandled"))
except IndexError as e:
    print("IndexError:", e)
print(next(t, "finished"))
inf = (i for i in iter(int, 1))
print(next(inf), next(inf))
empty = (x for x in [])
print(list(empty), next(empty, None))
