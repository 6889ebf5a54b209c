# weakref.ref, callbacks, proxies, weak dictionaries and sets, finalize; objects are dropped
# with del and collected with gc.collect() (CPython frees them at del already)
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, r() , type(r) is weakref.ref, r.__callback__)
died = []
r2 = weakref.ref(a, lambda ref: died.append("a died"))
print(r == r2, hash(r) == hash(r2) == hash(a))
del a
gc.collect()
print(r(), r2(), died)

for bad in (1, "s", (1, 2), [1], {1: 2}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

b = Node("b")
p = weakref.proxy(b)
print(p.name, str(p))
p.name = "b2"
print(b.name)
del b
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

cache = weakref.WeakValueDictionary()
keep = [Node("k%d" % i) for i in range(5)]
for n in keep:
    cache[n.name] = n
temp = Node("temp")
cache["temp"] = temp
print(sorted(cache.keys()), len(cache), "temp" in cache)
del temp
gc.collect()
print(sorted(cache.keys()), len(cache), "temp" in cache, cache.get("temp", "gone"))
del keep[0:2]
gc.collect()
print(sorted(cache), cache["k4"])

meta = weakref.WeakKeyDictionary()
x, y = Node("x"), Node("y")
meta[x] = "data for x"
meta[y] = "data for y"
print(len(meta), meta[x], x in meta)
del x
gc.collect()
print(len(meta), [k.name for k in meta.keys()], list(meta.values()))

ws = weakref.WeakSet()
items = [Node(str(i)) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws), items[1] in ws)
items.pop()
items.pop()
gc.collect()
print(len(ws), sorted(n.name for n in ws))

log = []
obj = Node("fin")
f = weakref.finalize(obj, log.append, "finalized")
print(f.alive, log)
del obj
gc.collect()
print(f.alive, log)
other = Node("other")
g = weakref.finalize(other, log.append, "called early")
print(g(), g(), log, g.alive)

exit_obj = Node("exit")
weakref.finalize(exit_obj, print, "finalizer at exit")
print("end of program")
