import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name)
del o
gc.collect()
print(r())
events = []
x = Obj("x")
rx = weakref.ref(x, lambda ref: events.append("callback"))
del x
gc.collect()
print(events, rx())
cache = weakref.WeakValueDictionary()
a, b = Obj("a"), Obj("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), cache["a"])
del a
gc.collect()
print(sorted(cache.keys()), "a" in cache, cache.get("a", "gone"))
wk = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wk[k1] = 1
wk[k2] = 2
print(len(wk), wk[k1])
del k1
gc.collect()
print(len(wk), list(wk.values()))
ws = weakref.WeakSet()
s1, s2 = Obj("s1"), Obj("s2")
ws.add(s1)
ws.add(s2)
print(len(ws), s1 in ws)
del s2
gc.collect()
print(len(ws), [o.name for o in ws])
p = Obj("proxied")
pr = weakref.proxy(p)
print(pr.name, repr(pr.name))
del p
gc.collect()
try:
    pr.name
except ReferenceError as e:
    print("ReferenceError:", e)


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self._parent = weakref.ref(parent) if parent else None

    @property
    def parent(self):
        return self._parent() if self._parent else None


root = Node("root")
child = Node("child", root)
print(child.parent.value)
del root
gc.collect()
print(child.parent)
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError:", e)
f = weakref.finalize(Obj("fin"), print, "finalized")
gc.collect()
print(f.alive)
