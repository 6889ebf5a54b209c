# Context managers: __enter__/__exit__ ordering, suppression, exceptions inside exit, nesting.


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print(f"  exit {self.name} ({status}) tb={'yes' if tb else 'no'}")
        return self.suppress


with Resource("a") as r:
    print("  body uses", r.name)

with Resource("outer"), Resource("inner") as inner:
    print("  nested body with", inner.name)

with Resource("swallow", suppress=True):
    raise KeyError("lost")
print("after suppressed error")

try:
    with Resource("first"), Resource("second", suppress=False):
        1 / 0
except ZeroDivisionError as e:
    print("caught", repr(e))

try:
    with Resource("outer", suppress=True):
        with Resource("inner"):
            raise ValueError("from inner")
        print("not reached")
    print("outer swallowed it")
except ValueError:
    print("not printed")


def find(items, target):
    with Resource("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
    return -1


print(find("abc", "b"), find("abc", "z"))
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("  loop body", n)


class Broken:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")


try:
    with Broken():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)


class EnterFails:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *a):
        print("  never called")


try:
    with EnterFails():
        print("never")
except OSError as e:
    print("OSError:", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back after {et.__name__}")
        return False


db = {"x": 1}
with Transaction(db) as s:
    s["y"] = 2
try:
    with Transaction(db) as s:
        s["z"] = 3
        s["x"] = "corrupt"
        raise IOError("disk full")
except OSError as e:
    print("OSError:", e)
print(db)
with Resource("value") as (first):
    pass
with open(__file__) as fh:
    print(fh.readline().strip(), fh.closed)
print(fh.closed)
