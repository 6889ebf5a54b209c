from collections import namedtuple, ChainMap

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(y=10), Point._make([7, 8]))
x, y = p
print(x + y, len(p), p == (3, 4), p + (5,), hash(p) == hash((3, 4)), isinstance(p, tuple))
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__name__)
Rec = namedtuple("Rec", "name, age")
print(Rec(name="x", age=3), Rec("y", age=4))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", ["ok", "def"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vec(3, 4) + Vec(0, 0)
print(v, v.length, type(v).__name__, Vec._fields)
people = [Rec("ann", 31), Rec("bob", 25), Rec("cy", 40)]
print(sorted(people, key=lambda r: r.age), max(people, key=lambda r: r.age).name)
print(Point(1, 2)._asdict() == {"x": 1, "y": 2}, repr(Point(x=1.5, y=-0.0)))
defaults = {"color": "red", "size": "M", "debug": False}
env = {"size": "L"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["debug"], len(cfg), sorted(cfg), dict(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"size": "XL"})
print(child["size"], child.parents["size"], child.maps[0], len(child.maps))
del cfg["color"]
print(cfg["color"])
try:
    del cfg["size"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}), "b" in cfg, cfg.get("zzz", "default"))
print(list(ChainMap({"b": 1}, {"a": 2, "b": 3}).items()))
