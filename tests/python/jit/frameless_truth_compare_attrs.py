# Small methods compiled to run without a frame test truths, compare values and read or write
# attributes on the way a branch seldom taken: each must give up when Python code would decide
# (a __bool__, a __len__, a rich comparison, a property, __getattribute__, __setattr__), also
# when that only starts in the middle of a hot loop.


class Node:
    def __init__(self, flag, key, name):
        self.flag = flag
        self.key = key
        self.name = name
        self.count = 0

    def on(self):
        if self.flag:
            return 1
        return 0

    def either(self):
        return self.flag or self.key

    def less(self, other):
        return self.key < other.key

    def same(self, other):
        return self.key == other.key

    def differs(self, other):
        return self.key != other.key

    def label(self, far):
        if far:
            return self.name
        return "near"

    def bump(self, far):
        if far > 0:
            self.count = self.count + far
        return self.count


class Loud:
    def __init__(self, truth):
        self.truth = truth

    def __bool__(self):
        print("  __bool__ ->", self.truth)
        return self.truth


class Sized:
    def __len__(self):
        print("  __len__ -> 0")
        return 0


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  __lt__", self.v, other.v)
        return self.v < other.v

    def __eq__(self, other):
        print("  __eq__", self.v, other.v)
        return self.v == other.v

    def __ne__(self, other):
        print("  __ne__", self.v, other.v)
        return self.v != other.v


class Plain:
    pass


def truths(flags):
    total = 0
    for i in range(300):
        for f in flags:
            total += Node(f, i, "n").on()
    return total


def run_truths():
    print("truths", truths([True, False, None, 0, 7, "", "x", [], [1], (), {}, {1: 2}, Plain()]))
    n = Node(Loud(False), 1, "n")
    m = Node(Sized(), 2, "m")
    total = 0
    for i in range(200):
        total += Node(i % 3 == 0, i, "k").on()
        if i == 150:
            total += n.on() + m.on()
            print("either", n.either(), Node(0, 5, "z").either(), Node([], [], "z").either())
    print("total", total)


def compares(pairs, rounds, order=True):
    lt = eq = ne = 0
    for i in range(rounds):
        for a, b in pairs:
            x, y = Node(None, a, "a"), Node(None, b, "b")
            if order:
                lt += x.less(y)
            eq += x.same(y)
            ne += x.differs(y)
    return lt, eq, ne


def run_compares():
    nan = float("nan")
    plain = [(1, 2), (2, 1), (3, 3), (-2**63, 2**63 - 1), (1.5, 2.5), (nan, nan), (nan, 1.0), (-0.0, 0.0),
             ("a", "b"), ("b", "a"), ("\U0001f600", "\uffff"), ("s", "s"), (True, False), (False, False)]
    print("compares", compares(plain, 200))
    print("with None", compares([(None, None), (None, 0), (0, None), (None, "x"), (None, True)], 50, False)[1:])
    print("bignums", compares([(2**70, 2**70 + 1), (2**64, 2**64)], 50))
    print("mixed", compares([(1, 1.0), (True, 1), (2, 2.5)], 50))
    print("user keys", compares([(1, 2)] * 3 + [(Key(1), Key(2))], 2))
    try:
        compares([(1, 2), (None, 1)], 100)
    except TypeError as e:
        print("TypeError:", e)
    try:
        compares([("a", "b"), ("a", 1)], 100)
    except TypeError as e:
        print("TypeError:", e)


def labels(nodes, rounds, change=None):
    seen = []
    for i in range(rounds):
        for k, n in enumerate(nodes):
            far = i % 97 == 96 and k == 0
            if change is not None and i == change:
                Node.name = property(lambda self: "property of " + self.__dict__["name"])
            seen.append(n.label(far))
    return seen


def bumps(nodes, rounds, change=None):
    total = 0
    for i in range(rounds):
        for k, n in enumerate(nodes):
            if change is not None and i == change:
                def loud_setattr(self, name, value):
                    print("  __setattr__", name, value)
                    object.__setattr__(self, name, value)
                Node.__setattr__ = loud_setattr
            total += n.bump(1 if i % 50 == 49 and k == 1 else 0)
    return total


def run_attrs():
    nodes = [Node(True, i, "node%d" % i) for i in range(3)]
    seen = labels(nodes, 300)
    print("labels", len(seen), sorted(set(seen)))
    print("bumps", bumps(nodes, 300), [n.count for n in nodes])
    seen = labels(nodes, 200, change=150)
    print("labels after property", sorted(set(seen)))
    del Node.name
    odd = Node(True, 0, "odd")
    odd.__dict__.clear()
    odd.__dict__["count"] = 10
    try:
        print(odd.label(True))
    except AttributeError as e:
        print("AttributeError:", e)
    print("bumps after __setattr__", bumps(nodes, 160, change=100), [n.count for n in nodes])
    Node.__getattribute__ = lambda self, name: "intercepted " + name if name == "name" else object.__getattribute__(self, name)
    print(labels(nodes, 100)[-4:], nodes[0].label(True))


run_truths()
run_compares()
run_attrs()
