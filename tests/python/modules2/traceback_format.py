import sys
import traceback


def level3(n):
    return 10 / n


def level2(n):
    return level3(n - 1)


def level1(n):
    return level2(n)


try:
    level1(1)
except ZeroDivisionError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    text = "".join(lines)
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    print(len(tb), tb[-1].name, type(tb).__name__)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    out = "".join(traceback.format_exception(e)).replace(__file__, "FILE")
    print(out)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    chain = traceback.format_exception(e)
    print(sum("During handling" in c for c in chain), chain[-1], end="")


def recurse(n):
    if n == 0:
        raise RecursionError("bottom") if False else KeyError("bottom")
    recurse(n - 1)


try:
    recurse(30)
except KeyError as e:
    s = "".join(traceback.format_exception(e)).replace(__file__, "FILE")
    print(s.count("recurse(n - 1)"), "repeated" in s)
    print(s.splitlines()[-3:])
try:
    raise TypeError("printed with print_exc")
except TypeError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"), end="")


class Problem(Exception):
    def __str__(self):
        return "custom str"


print(traceback.format_exception_only(Problem, Problem()), traceback.format_exception_only(ValueError, ValueError()))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno > 0, len(traceback.format_stack()) >= 1)
