"""Instance attributes and __dict__: every dict operation on an instance's __dict__ shows
through attribute access and the other way round, whatever order attributes came in."""
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Record:
    kind = "record"

    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in vars(self).items())


def orders():
    print("-- attributes added in different orders")
    a = Record()
    a.name = "a"
    a.size = 1
    b = Record()
    b.size = 2
    b.name = "b"
    c = Record()
    c.name = "c"
    c.size = 3
    c.extra = [1, 2]
    for r in (a, b, c):
        print(r.describe(), "|", r.kind, r.name, r.size)
    print(list(vars(a)), list(vars(b)), list(vars(c)))
    # the same names reached in one order, then the values replaced
    for r in (a, b, c):
        r.size *= 10
    print([r.size for r in (a, b, c)])


def dict_view():
    print("-- __dict__ is a real dict")
    p = Point(1, 2)
    d = p.__dict__
    print(type(d).__name__, d, d is vars(p), d is p.__dict__)
    d["z"] = 3
    print(p.z, p)
    p.w = 4
    print(d, len(d), "w" in d, sorted(d))
    del d["x"]
    try:
        print(p.x)
    except AttributeError as e:
        print("AttributeError:", e)
    d.update({"x": 10, "q": 11})
    print(p.x, p.q, list(d.items()))
    print(d.pop("q"), d.setdefault("r", 5), p.r, d.get("nope", "-"))
    print(d.popitem(), list(d))
    d.clear()
    print(vars(p), hasattr(p, "y"))
    p.y = 7
    print(d, p.__dict__ is d)
    d[42] = "non-str key"
    print(vars(p))
    d2 = dict(d)
    d2["y"] = 99
    print(p.y, d2)


def assignment():
    print("-- __dict__ assignment and deletion")
    p = Point(1, 2)
    old = p.__dict__
    p.__dict__ = {"x": 5, "y": 6, "label": "moved"}
    print(p, p.label, old, vars(p))
    p.x = 50
    print(vars(p), old)
    try:
        p.__dict__ = [("x", 1)]
    except TypeError as e:
        print("TypeError:", e)
    del p.__dict__
    print(vars(p), hasattr(p, "x"))
    p.x = 1
    print(vars(p))

    class Tracked(dict):
        pass

    t = Tracked(x=3, y=4)
    p.__dict__ = t
    print(p, type(p.__dict__).__name__)


def deletions():
    print("-- deleting attributes")
    p = Point(1, 2)
    p.z = 3
    del p.y
    print(vars(p))
    p.y = 20
    print(vars(p), p)
    del p.x
    try:
        del p.x
    except AttributeError as e:
        print("AttributeError:", e)
    print(vars(p))
    q = Point(8, 9)
    del q.x
    q.x = 8
    print(vars(q), q)


def copies():
    print("-- copies")
    p = Point(1, [2, 3])
    p.tag = "t"
    s = copy.copy(p)
    s.tag = "s"
    s.y.append(4)
    print(vars(p), vars(s))
    deep = copy.deepcopy(p)
    deep.y.append(5)
    print(vars(p), vars(deep))
    state = dict(p.__dict__)
    fresh = Point.__new__(Point)
    fresh.__dict__.update(state)
    print(fresh, vars(fresh) == vars(p))


def many():
    print("-- many attributes on one instance")
    r = Record()
    for i in range(1000):
        setattr(r, f"a{i}", i * i)
    print(len(vars(r)), r.a0, r.a999, r.a500, list(vars(r))[:3], list(vars(r))[-2:])
    total = 0
    for i in range(0, 1000, 7):
        total += getattr(r, f"a{i}")
    print(total)
    for i in range(0, 1000, 2):
        delattr(r, f"a{i}")
    print(len(vars(r)), list(vars(r))[:3], hasattr(r, "a2"), r.a3)


def odd_names():
    print("-- setattr with names that are not identifiers")
    r = Record()
    setattr(r, "not an identifier", 1)
    setattr(r, "", 2)
    setattr(r, "1x", 3)
    setattr(r, "ü-name", 4)
    r.normal = 5
    print(vars(r))
    print(getattr(r, "not an identifier"), getattr(r, ""), getattr(r, "1x"), getattr(r, "ü-name"))

    class Name(str):
        pass

    setattr(r, Name("sub"), 6)
    print(r.sub, list(vars(r))[-1])
    try:
        setattr(r, 5, 1)
    except TypeError as e:
        print("TypeError:", e)


def shared_shapes():
    print("-- many instances, one class")
    pts = [Point(i, -i) for i in range(5)]
    pts[2].z = "only me"
    pts[3].__dict__["y"] = "via dict"
    del pts[4].x
    for p in pts:
        print(vars(p))
    print(sum(p.x for p in pts[:4]), [getattr(p, "z", None) for p in pts])


orders()
dict_view()
assignment()
deletions()
copies()
many()
odd_names()
shared_shapes()
