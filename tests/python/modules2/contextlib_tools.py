import contextlib
import io
from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, closing, nullcontext


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as t:
    with tag("p"):
        print("  text", t)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback: {e}")
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise ValueError("bad data")
print(log)
try:
    with transaction(log):
        raise KeyError("not handled")
except KeyError as e:
    print("KeyError escaped:", e, log[-1])
with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
    print("never")
print("after suppress")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        self.log.append(f"close {self.name}")
        return False

    def close(self):
        self.log.append(f"closed {self.name}")


events = []
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n, events)) for n in "abc"]
    stack.callback(events.append, "callback ran")
    events.append("using " + ",".join(r.name for r in rs))
print(events)
events.clear()
with ExitStack() as stack:
    stack.enter_context(Resource("x", events))
    moved = stack.pop_all()
events.append("stack exited")
moved.close()
print(events)
events.clear()
with closing(Resource("file", events)):
    events.append("reading")
print(events)
with nullcontext(42) as v:
    print("nullcontext gives", v)


@contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self

    def __exit__(self, *exc):
        print("exit timer")
        return False


@Timer()
def work():
    print("working")


work()


@tag("span")
def decorated():
    return None


try:
    decorated()
except TypeError as e:
    print("TypeError:", type(e).__name__)
with contextlib.suppress():
    print("empty suppress")
