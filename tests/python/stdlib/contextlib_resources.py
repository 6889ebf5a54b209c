# Managing resources with contextlib: generator-based managers, ExitStack, suppress, redirect.
import contextlib
import io
import sys
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext

log = []

@contextmanager
def resource(name, fail_on_exit=False):
    log.append("open " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled KeyError %s in %s" % (e, name))
    finally:
        log.append("close " + name)
        if fail_on_exit:
            raise RuntimeError("close failed for " + name)

with resource("db") as r:
    log.append("using " + r)
print(log)
log.clear()

with resource("cache"):
    raise KeyError("missing")
print(log)
log.clear()

try:
    with resource("net"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e, log)
log.clear()

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
    yield "again"

try:
    with swallow():
        raise TypeError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@resource("decorated")
def work(x):
    log.append("work %d" % x)
    return x * 2

print(work(3), work(4), log)
log.clear()

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback ran")
    print("inside", names)
print(log)
log.clear()

with ExitStack() as outer:
    outer.enter_context(resource("kept"))
    moved = outer.pop_all()
print("after pop_all", log)
moved.close()
print("after close", log)
log.clear()

def exit_logger(exc_type, exc, tb):
    log.append("exit saw %s" % (exc_type.__name__ if exc_type else None))
    return exc_type is ZeroDivisionError

with ExitStack() as stack:
    stack.push(exit_logger)
    1 / 0
print("suppressed by pushed exit", log)
log.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(resource("x", fail_on_exit=True))
        stack.enter_context(resource("y"))
        raise ValueError("body failed")
except RuntimeError as e:
    print("final:", repr(e), "context:", repr(e.__context__))
print(log)
log.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with suppress(FileNotFoundError, KeyError):
    {}["nope"]
print("suppress ok")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

class Conn:
    def close(self):
        print("Conn closed")

with closing(Conn()) as conn:
    print("got", type(conn).__name__)

with nullcontext(5) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("to buffer")
    print("more", end="!")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("warning text", file=sys.stderr)
print(repr(out.getvalue()), repr(err.getvalue()))

class Tracker(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter tracker")
        return self
    def __exit__(self, *exc):
        print("exit tracker", exc[0])
        return False

@Tracker()
def tracked(n):
    print("tracked body", n)

tracked(1)

class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("Managed exit")

with Managed() as m:
    print(type(m).__name__)
