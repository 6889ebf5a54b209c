"""A callee raising through three compiled frames, caught in the interpreter; a directly
called callee reading its caller's frame."""
import re
import sys
import traceback


def level3(x):
    if x > 7:
        raise ValueError("too big: %d" % x)
    return x * 2


def level2(x):
    return level3(x + 1) + 1


def level1(x):
    return level2(x * 2) - 1


def run(limit):
    total = 0
    for i in range(limit):
        total += level1(i)
    return total


for limit in (3, 10):
    try:
        print("total", run(limit))
    except ValueError:
        # the traceback as print_exc() writes it, with file names but not their folders
        text = traceback.format_exc()
        sys.stdout.write(re.sub(r'File "[^"]*/', 'File "', text))


def peek():
    return sorted(sys._getframe(1).f_locals.items())


def caller(a, b):
    c = a + b
    return peek()


def loop_caller(n):
    last = None
    for i in range(n):
        last = caller(i, i * 2)
    return last


print(loop_caller(30))


def line_of_caller():
    return sys._getframe(1).f_lineno


def where():
    first = line_of_caller()
    second = line_of_caller()
    return second - first


print("lines apart:", [where() for _ in range(5)])


def divide(a, b):
    return a / b


def ratios(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(divide(a, b))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


print(ratios([(1, 2), (3, 0), (5, 4), (7, 0)] * 3))
