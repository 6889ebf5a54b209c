def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    if kind == "attr":
        return None.foo
    return "ok"

for k in ["value", "key", "index", "zero", "type", "attr", "none"]:
    try:
        print(k, "->", risky(k))
    except (ValueError, KeyError) as e:
        print(k, "lookup/value:", type(e).__name__, e, e.args)
    except ArithmeticError as e:
        print(k, "arith:", repr(e))
    except Exception as e:
        print(k, "other:", type(e).__name__, e)
    else:
        print(k, "no exception")
    finally:
        print(k, "finally")

def finally_return():
    try:
        return "try"
    finally:
        print("cleanup runs before return")

print(finally_return())

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_with_finally())

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise AppError(42, "custom failure")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)

def nested():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as t:
            return repr(t.__context__)

print(nested())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
err = None
try:
    int("xyz")
except ValueError as err2:
    err = err2
print(err)
try:
    err2
except NameError as ne:
    print("NameError:", ne)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), BaseException.__name__)
