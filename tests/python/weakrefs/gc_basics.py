# gc module basics and weak references dying with del + gc.collect()
import gc
import weakref

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), len(gc.get_count()), len(gc.get_threshold()))
print(isinstance(gc.collect(), int), gc.garbage)


class Resource:
    instances = 0

    def __init__(self, name):
        self.name = name
        Resource.instances += 1


events = []


def make_watch(tag):
    def callback(ref):
        events.append(tag + " collected")
    return callback


resources = [Resource("r%d" % i) for i in range(4)]
refs = [weakref.ref(r, make_watch(r.name)) for r in resources]
print([r() is not None for r in refs])
del resources[1]
gc.collect()
print([r() is not None for r in refs], events)
resources.clear()
gc.collect()
# several objects died in one collection: CPython's callback order follows deallocation order
print([r() is not None for r in refs], events[0], sorted(events[1:]))


class Tree:
    def __init__(self, value, parent=None):
        self.value = value
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None


root = Tree("root")
kid = Tree("kid", root)
leaf = Tree("leaf", kid)
print(leaf.parent.value, leaf.parent.parent.value, root.parent)
path = []
node = leaf
while node is not None:
    path.append(node.value)
    node = node.parent
print(" <- ".join(path))

registry = weakref.WeakValueDictionary()


class Session:
    def __init__(self, sid):
        self.sid = sid
        registry[sid] = self


s1, s2, s3 = Session(1), Session(2), Session(3)
print(sorted(registry.keys()))
s2 = None
gc.collect()
print(sorted(registry.keys()), registry.get(2))
del s1, s3
gc.collect()
print(len(registry), list(registry.items()))
