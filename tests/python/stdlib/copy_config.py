# Configuration objects with defaults: copy vs deepcopy when callers mutate results.
import copy

DEFAULTS = {
    "server": {"host": "0.0.0.0", "ports": [80, 443]},
    "features": {"beta": False},
    "tags": ("prod", ["eu", "us"]),
}

def make_config(**overrides):
    cfg = copy.deepcopy(DEFAULTS)
    for key, value in overrides.items():
        section, _, name = key.partition("__")
        cfg[section][name] = value
    return cfg

a = make_config(server__host="127.0.0.1")
b = make_config(features__beta=True)
a["server"]["ports"].append(8080)
a["tags"][1].append("asia")
print(a)
print(b)
print(DEFAULTS)

shallow = copy.copy(DEFAULTS)
shallow["server"]["ports"].append(9000)
print(DEFAULTS["server"]["ports"], shallow is DEFAULTS, shallow["server"] is DEFAULTS["server"])

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)

grid = Matrix([[0] * 3 for _ in range(2)])
snap = copy.deepcopy(grid)
grid.rows[0][0] = 99
print(grid, snap, grid == snap)

memo = {}
x = [1, 2]
first = copy.deepcopy([x, x], memo)
print(first[0] is first[1], id(x) in memo, memo[id(x)] == x)

history = []
state = {"step": 0, "items": []}
for i in range(3):
    state["step"] = i
    state["items"].append(i * i)
    history.append(copy.deepcopy(state))
print(history)

class Cached:
    instances = 0
    def __init__(self):
        Cached.instances += 1
        self.data = [Cached.instances]
c = Cached()
c2 = copy.deepcopy(c)
print(Cached.instances, c2.data, c2.data is c.data, type(c2) is Cached)

import collections
od = collections.OrderedDict([("x", [1]), ("y", [2])])
od2 = copy.deepcopy(od)
od2["x"].append(5)
print(od, od2, type(od2).__name__)
Pair = collections.namedtuple("Pair", "left right")
p = Pair([1], [2])
p2 = copy.deepcopy(p)
print(p2, p2.left is p.left, type(p2).__name__)
dq = collections.deque([[1], [2]], maxlen=5)
dq2 = copy.copy(dq)
print(dq2, dq2[0] is dq[0], dq2.maxlen)

import copyreg

class Handle:
    def __init__(self, path):
        self.path = path
        self.opened = True

def reduce_handle(h):
    print("  reducing", h.path)
    return (Handle, (h.path + ".copy",))

copyreg.pickle(Handle, reduce_handle)
h2 = copy.deepcopy([Handle("/tmp/a")])[0]
print(h2.path, h2.opened, copy.copy(Handle("b")).path)
