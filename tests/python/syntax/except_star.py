# except* with exception groups: splitting by type, nesting, re-raising, raising new
# exceptions from a clause, naked exceptions, and the ExceptionGroup API.


def validate(records):
    errors = []
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            errors.append(TypeError(f"record {i} is {type(rec).__name__}, not dict"))
        elif "id" not in rec:
            errors.append(KeyError(f"record {i} has no id"))
        elif rec["id"] < 0:
            errors.append(ValueError(f"record {i} has negative id {rec['id']}"))
    if errors:
        raise ExceptionGroup(f"{len(errors)} invalid records", errors)
    return len(records)


records = [{"id": 1}, [], {"name": "x"}, {"id": -5}, "oops", {"id": 7}]

try:
    validate(records)
except* TypeError as eg:
    print("type problems:", [str(e) for e in eg.exceptions])
except* (KeyError, ValueError) as eg:
    print("data problems:", type(eg).__name__, eg.message, len(eg.exceptions))
    for e in eg.exceptions:
        print("   ", type(e).__name__, e)

print("valid:", validate([{"id": 1}, {"id": 2}]))

# a clause that does not match lets the rest propagate
try:
    try:
        validate(records)
    except* TypeError:
        print("handled the TypeErrors only")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    print("str:", str(rest))

# nested groups keep their shape when split
nested = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    OSError("o1"),
])
match, rest = nested.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print("subgroup:", repr(nested.subgroup(lambda e: isinstance(e, (TypeError, OSError)))))
print("no match:", nested.split(ZeroDivisionError))
print("whole:", nested.split(ExceptionGroup)[0] is nested)

# a naked exception is seen by except* as a group of one
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("naked:", repr(eg), eg.exceptions[0].args)

# re-raising from a clause and raising a new exception from another
def process():
    try:
        raise ExceptionGroup("work", [ValueError("a"), TypeError("b"), KeyError("c")])
    except* ValueError:
        raise
    except* TypeError as eg:
        raise RuntimeError("converted") from eg
    except* KeyError:
        pass


try:
    process()
except ExceptionGroup as eg:
    print("combined:", repr(eg))
    for e in eg.exceptions:
        print("  part:", repr(e), "cause:", repr(e.__cause__))

# only a re-raise: the original group comes back, narrowed
try:
    try:
        raise ExceptionGroup("batch", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("reraised:", repr(eg))

# BaseExceptionGroup becomes ExceptionGroup when it can
print(type(BaseExceptionGroup("m", [ValueError()])).__name__,
      type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

# else and finally around except*
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup("f", [OSError("disk")])
    except* OSError as eg:
        print("os error", eg.exceptions)
    else:
        print("no error")
    finally:
        print("finally", fail)

for src in ["for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        for y in []:\n            continue\n"]:
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
