# try/except/else/finally flow: ordering, return overriding, break and continue through finally.


def step(log, label):
    log.append(label)


def flow(kind):
    log = []
    try:
        step(log, "try")
        if kind == "raise":
            raise ValueError("boom")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        step(log, "except")
    else:
        step(log, "else")
    finally:
        step(log, "finally")
    step(log, "after")
    return log


for kind in ("ok", "raise", "return"):
    print(kind, flow(kind))


def finally_return():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2


print(finally_return(), finally_swallow(), finally_value())
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)


def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            log.append("inner handler")
            raise ValueError("converted")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer handler: {e}")
    finally:
        log.append("outer finally")
    return log


print(nested())


def exception_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return f"NameError: {e}"


print(exception_var_cleared())


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print(f"  finally n={n}")


print(while_finally())


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator cleanup")


g = generator_finally()
for v in g:
    print("got", v)
    break
g.close()
print("loop done")


def multiple_except(value):
    try:
        return {"a": 1}[value] / len(value) + int(value)
    except (KeyError, TypeError) as e:
        return f"lookup/type: {type(e).__name__}"
    except ZeroDivisionError:
        return "div"
    except Exception as e:
        return f"other: {type(e).__name__}"


print([multiple_except(v) for v in ("a", "b", 5, "")])
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
