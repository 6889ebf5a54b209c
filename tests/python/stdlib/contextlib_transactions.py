# Transactions and temporary state with context managers.
from contextlib import contextmanager, ExitStack, suppress
import contextlib

class Database:
    def __init__(self):
        self.data = {}
        self.journal = []

    @contextmanager
    def transaction(self):
        snapshot = dict(self.data)
        self.journal.append("begin")
        try:
            yield self
        except Exception as e:
            self.data = snapshot
            self.journal.append("rollback: %s" % e)
            raise
        else:
            self.journal.append("commit")

db = Database()
with db.transaction():
    db.data["a"] = 1
try:
    with db.transaction() as t:
        t.data["b"] = 2
        raise ValueError("constraint violated")
except ValueError:
    pass
print(db.data, db.journal)

@contextmanager
def temporary_attr(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield old
    finally:
        setattr(obj, name, old)

class Settings:
    verbose = False

with temporary_attr(Settings, "verbose", True) as previous:
    print("inside", Settings.verbose, "previous", previous)
print("outside", Settings.verbose)

@contextmanager
def tag(name):
    print("<%s>" % name)
    yield
    print("</%s>" % name)

with tag("html"), tag("body"):
    print("content")

def nested_files(names):
    with ExitStack() as stack:
        handles = [stack.enter_context(tag(n)) for n in names]
        print("all open:", len(handles))
        return "done"

print(nested_files(["a", "b"]))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    print("work")

results = []
for value in ["1", "x", "3", None]:
    with suppress(ValueError, TypeError):
        results.append(int(value))
print(results)

@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e

try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def stop_inside():
    yield

try:
    with stop_inside():
        raise StopIteration("inner stop")
except StopIteration as e:
    print("StopIteration passed through:", e)

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError, TypeError) as e:
    print("reuse failed:", type(e).__name__)
