"""Exceptions raised deep inside frameless typed recursion: caught with their traceback walked,
re-raised, and finally uncaught with the interpreter's traceback printed."""
import traceback


def dive(n, d):
    if n == 0:
        return 10 // d
    return dive(n - 1, d) + 1


def sink(x, n):
    if n == 0:
        return x / (x - x)
    return sink(x + 1.0, n - 1) * 2.0


def index_at(n):
    if n == 0:
        return (1, 2, 3)[n + 5]
    return index_at(n - 1)


def guarded(n):
    try:
        return dive(n, 0)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name + ":" + str(tb.tb_lineno))
            tb = tb.tb_next
        return len(names), names[:3], names[-2:]


for i in range(50):
    dive(i % 25, 1)
    sink(1.0, i % 10 + 1) if False else None
print(guarded(20))
print(guarded(3))
try:
    sink(1.0, 20)
except ZeroDivisionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(len(frames), [(f.name, f.lineno, f.line) for f in frames[:3]], frames[-1].name, frames[-1].lineno)
    print(traceback.format_exception_only(e)[-1], end="")
for i in range(200):
    try:
        index_at(i % 20)
    except IndexError as e:
        last = str(e)
print("index error:", last)
print(dive(20, 1))
dive(20, 0)
