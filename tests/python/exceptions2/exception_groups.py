# ExceptionGroup and except*: splitting, nesting, and what is left after handlers.


def failing_tasks():
    errors = []
    for i, job in enumerate(["ok", "value", "type", "value2", "ok"]):
        try:
            if job.startswith("value"):
                raise ValueError(f"job {i} bad value")
            if job == "type":
                raise TypeError(f"job {i} bad type")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)


try:
    failing_tasks()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))

try:
    try:
        raise eg
    except* ValueError:
        print("handled the ValueErrors")
except ExceptionGroup as left:
    print("left over:", repr(left))

try:
    raise ExceptionGroup("only keys", [KeyError("a")])
except* KeyError as g:
    print("caught keys", repr(g.exceptions[0]))

try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", repr(g))

for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__, issubclass(ExceptionGroup, Exception))
try:
    raise ExceptionGroup("nested", [ExceptionGroup("deep", [OSError("io")])])
except* OSError as g:
    print("deep:", repr(g))
