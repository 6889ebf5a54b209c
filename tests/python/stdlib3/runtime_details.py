"""weakref counts, deque mutation during iteration, deeply nested reprs and traceback frames."""
import collections
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name


n = Node("a")
print(weakref.getweakrefcount(n), weakref.getweakrefs(n))
r1 = weakref.ref(n)
r2 = weakref.ref(n)
print(r1 is r2, weakref.getweakrefcount(n), weakref.getweakrefs(n) == [r1])
r3 = weakref.ref(n, lambda ref: None)
print(r3 is r1, weakref.getweakrefcount(n), len(weakref.getweakrefs(n)))
print(weakref.getweakrefcount(Node("b")), weakref.getweakrefcount(3))

d = collections.deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print("RuntimeError:", e, list(d))
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print("RuntimeError:", e, list(d))
d2 = collections.deque("abc")
for x in d2:
    d2[0] = x.upper()
print(d2)

nested = []
for i in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError:", e)
deep_dict = {}
for i in range(5000):
    deep_dict = {"k": deep_dict}
try:
    str(deep_dict)
except RecursionError as e:
    print("RecursionError:", e)
shallow = [[[[1, 2], (3,)], {"x": [4]}]]
print(repr(shallow))


def inner(v):
    return 10 // v


def outer(v):
    return inner(v) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_globals is globals(),
              type(f.f_code).__name__, f.f_code.co_filename == __file__)
        tb = tb.tb_next
info = sys.exc_info()
print(info)
