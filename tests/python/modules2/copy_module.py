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
        return f"Node({self.name}, {len(self.children)})"


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children is root.children, deep.children is root.children, deep.children[0].parent is deep)
deep.children[0].name = "changed"
print(root.children[0].name, deep.children[0].name, deep.children[0].children[0].parent.name)
nested = {"list": [1, [2, 3]], "tuple": (1, [2]), "set": {1, 2}, "str": "s"}
s = copy.copy(nested)
d = copy.deepcopy(nested)
s["list"][1].append(4)
print(nested["list"], d["list"], d["tuple"] is nested["tuple"], d["str"] is nested["str"])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([1, 2]) == [1, 2], copy.copy(t) is t)
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[2] is not cyc, len(dc))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)


class Config:
    def __init__(self, values):
        self.values = values
        self.copies = 0

    def __copy__(self):
        new = Config(self.values)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        new = Config(copy.deepcopy(self.values, memo))
        new.copies = -1
        return new


c = Config({"a": [1]})
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.copies, c2.values is c.values, c3.copies, c3.values == c.values, c3.values is c.values)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


sl = copy.deepcopy(Slotted([1], 2))
print(sl.x, sl.y)
memo = {}
inner = [1]
outer = [inner, inner]
res = copy.deepcopy(outer, memo)
print(res[0] is res[1], id(inner) in memo)
print(copy.copy(len) is len, copy.deepcopy(Node) is Node, copy.deepcopy(None), copy.copy(3.5))
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy({"k": fs})["k"] == fs)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
