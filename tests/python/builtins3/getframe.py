# sys._getframe for the usual introspection idioms: who called me, from which line.
import sys


def current_function_name():
    return sys._getframe(1).f_code.co_name


def log(message):
    caller = sys._getframe(1)
    print(f"[{caller.f_code.co_name}:{caller.f_lineno}] {message}")


def process(items):
    log("start")
    total = 0
    for i in items:
        total += i
    log(f"total={total}")
    print("inside", current_function_name())
    return total


process([1, 2, 3])


def outer():
    x = 10
    y = "local"
    mine = sorted(sys._getframe().f_locals.items())
    return inner(), mine


def inner():
    frame = sys._getframe()
    back = frame.f_back
    return frame.f_code.co_name, back.f_code.co_name, back.f_back.f_code.co_name


print(outer())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
print(top.f_code.co_filename == __file__, type(top).__name__)
code = process.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_firstlineno)


def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


def recurse(k):
    return depth() if k == 0 else recurse(k - 1)


print(depth(), recurse(5) - depth())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


class Registry:
    def register(self):
        return sys._getframe(1).f_code.co_name


def setup():
    return Registry().register()


print(setup())
for i in range(3):
    print("loop line", sys._getframe().f_lineno, i)
