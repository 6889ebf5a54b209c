# Objects whose attribute sets change inside hot loops: added, deleted, shadowed by class attributes.


class Particle:
    drag = 0.5

    def __init__(self, x):
        self.x = x


def simulate(ps, steps):
    total = 0.0
    for step in range(steps):
        for i, p in enumerate(ps):
            if step == steps // 3 and i % 2 == 0:
                p.drag = 0.25
            if step == 2 * steps // 3 and hasattr(p, "v"):
                del p.v
            if step == steps // 2:
                p.v = 1.0
            p.x = p.x * (1 - p.drag / 100) + getattr(p, "v", 0.0)
            total += p.x
    return round(total, 6)


print(simulate([Particle(float(i)) for i in range(6)], 900))


class Config:
    pass


def read_all(objs, n):
    out = []
    for i in range(n):
        o = objs[i % len(objs)]
        if i == n // 2:
            Config.level = "class default"
        out.append(getattr(o, "level", "missing"))
    return out


objs = [Config() for _ in range(3)]
objs[1].level = "own"
r = read_all(objs, 3000)
print(r[:3], r[-3:], r.count("missing"), r.count("own"), r.count("class default"))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


pts = [Point(i, -i) for i in range(2000)]
acc = 0
for n, p in enumerate(pts):
    if n == 1000:
        Point.x = property(lambda self: 0)
    try:
        acc += p.x
    except AttributeError:
        acc -= 1
print(acc)
del Point.x
print(pts[5].__dict__, pts[5].x)
counts = {}
for i in range(3000):
    obj = type("Dyn", (), {"k": i % 3})()
    if i % 7 == 0:
        obj.k = "own"
    counts[obj.k] = counts.get(obj.k, 0) + 1
print(counts)
