# Nested try statements in loops: which handler runs, re-raising with context, and cleanup counts.

cleanups = 0
results = []
for value in ["10", "x", "0", None, "5"]:
    try:
        try:
            n = int(value)
            results.append(100 // n)
        except ValueError:
            results.append("not a number")
        except ZeroDivisionError as e:
            raise ArithmeticError(f"bad divisor {value!r}") from e
        finally:
            cleanups += 1
    except ArithmeticError as e:
        results.append(f"{e} (cause {type(e.__cause__).__name__})")
    except TypeError as e:
        results.append(f"type problem: {e}")
print(results, cleanups)


def parse_all(texts):
    out = []
    errors = []
    for t in texts:
        try:
            out.append(float(t))
        except (TypeError, ValueError) as e:
            errors.append(type(e).__name__)
            continue
        else:
            out.append("ok")
    return out, errors


print(parse_all(["1.5", "abc", None, "2e3", "", "-0"]))


def retry(op, attempts):
    last = None
    for i in range(attempts):
        try:
            return op(i)
        except RuntimeError as e:
            last = e
    raise TimeoutError(f"gave up after {attempts}") from last


def flaky(i):
    if i < 2:
        raise RuntimeError(f"attempt {i}")
    return f"succeeded on {i}"


print(retry(flaky, 3))
try:
    retry(flaky, 2)
except TimeoutError as e:
    print("TimeoutError:", e, "| cause:", e.__cause__)
