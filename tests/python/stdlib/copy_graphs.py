# Copying object graphs: shared references, cycles, custom hooks.
import copy

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return "Node(%r, %d children)" % (self.name, len(self.children))

root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))
shared = {"config": [1, 2, 3]}
a.meta = shared
b.meta = shared

clone = copy.deepcopy(root)
print(clone, clone.children)
print(clone is root, clone.children[0] is a, clone.children[0].parent is clone)
print(clone.children[0].meta is clone.children[1].meta, clone.children[0].meta is shared)
clone.children[0].meta["config"].append(4)
print(shared, clone.children[1].meta)

shallow = copy.copy(root)
print(shallow is root, shallow.children is root.children, shallow.name)

# cycles in builtin containers
lst = [1, 2]
lst.append(lst)
dup = copy.deepcopy(lst)
print(dup[2] is dup, dup[2] is lst, dup[:2])
d = {"self": None, "items": (1, [2, 3])}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd["items"] == d["items"], dd["items"][1] is d["items"][1])
t = (1, "two", 3.0)
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

class Money:
    def __init__(self, cents):
        self.cents = cents
        self.log = []
    def __copy__(self):
        print("  __copy__ called")
        m = Money(self.cents)
        m.log = self.log
        return m
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo) > 0)
        m = Money(self.cents)
        m.log = copy.deepcopy(self.log, memo)
        return m

m = Money(250)
m.log.append("created")
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
print(m2.log is m.log, m3.log is m.log, m3.log, m3.cents)
wallet = [m, m]
w2 = copy.deepcopy(wallet)
print(w2[0] is w2[1])

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = copy.copy(Point(3, 4))
print(p.x, p.y, type(p).__name__)

class Tagged(list):
    pass

tl = Tagged([1, [2, 3]])
tl.tag = "blue"
tc = copy.deepcopy(tl)
print(type(tc).__name__, tc, tc.tag, tc[1] is tl[1])
ts = copy.copy(tl)
print(type(ts).__name__, ts, ts.tag, ts[1] is tl[1])

class Registry(dict):
    pass
r = Registry(a=1, b=[2])
r.owner = "me"
rc = copy.deepcopy(r)
print(type(rc).__name__, rc, rc.owner, rc["b"] is r["b"])

class Reduced:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return (Reduced, (self.value * 10,))
print(copy.copy(Reduced(2)).value, copy.deepcopy(Reduced(3)).value)

class Stateful:
    def __init__(self):
        self.secret = 1
        self.cache = {"big": True}
    def __getstate__(self):
        state = dict(self.__dict__)
        del state["cache"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}
s2 = copy.deepcopy(Stateful())
print(s2.secret, s2.cache)

print(copy.copy(set([3, 1, 2])) == {1, 2, 3}, sorted(copy.deepcopy(frozenset([5, 4]))))
print(copy.deepcopy(len) is len, copy.copy(Node) is Node, copy.deepcopy(None))
err = copy.copy(ValueError("bad", 2))
print(type(err).__name__, err.args)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
