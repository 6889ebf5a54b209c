# Logging exceptions without dying: traceback formatting from except blocks.
import sys
import traceback

def parse(value):
    return int(value)

def load(values):
    return [parse(v) for v in values]

def risky(depth):
    if depth == 0:
        raise ValueError("depth exhausted")
    return risky(depth - 1)

try:
    load(["1", "2", "three"])
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print("format_exc lines:", len(text.splitlines()), text.splitlines()[-1])

try:
    risky(6)
except ValueError as e:
    traceback.print_exception(e)
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno) for f in frames])
    print([f.line for f in frames][:2])
    print(len(traceback.format_tb(tb)), len(traceback.extract_tb(tb, limit=2)), traceback.extract_tb(tb, limit=-1)[0].name)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

class ConfigError(Exception):
    pass

def read_config():
    try:
        {}["port"]
    except KeyError as exc:
        raise ConfigError("no port configured") from exc

try:
    read_config()
except ConfigError as e:
    lines = traceback.format_exception(e)
    print(sum("direct cause" in l for l in lines), lines[-1], end="")
    traceback.print_exception(e)
    traceback.print_exception(e, chain=False)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError:
    traceback.print_exc(file=sys.stdout if False else sys.stderr)
    print(traceback.format_exception_only(*sys.exc_info()[:2]))

print(traceback.format_exception_only(None), repr(traceback.format_exc()))
print(traceback.format_list([("prog.py", 3, "main", "run()"), ("lib.py", 10, "run", "")]), end="")
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1")])
print(summary[0].filename, summary[0].lineno, summary[0].name, summary[0].line, list(summary[0]))

try:
    raise KeyError("k")
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te), "".join(te.format_exception_only()), end="")
    print(te.exc_type.__name__, len(te.stack))

def show_stack():
    return traceback.extract_stack()

def outer():
    return show_stack()

stack = outer()
print([f.name for f in stack][-3:], stack[-1].line)
