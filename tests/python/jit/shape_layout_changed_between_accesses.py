"""Several attribute accesses on the same objects in one stretch of code, with something in
between that changes an object's layout or its class: an operator method that deletes or adds
attributes, a __bool__ that swaps __dict__, aliases, a late __getattr__ / __setattr__ on the
class, vars() and __dict__.update() on an object used right after, and a class attribute
rebound by a callback partway through a loop."""


class Meddler:
    """A number-like value whose operators reach into another object."""

    def __init__(self, value, victim, action):
        self.value = value
        self.victim = victim
        self.action = action

    def __add__(self, other):
        self.action(self.victim)
        return self.value + (other.value if isinstance(other, Meddler) else other)

    __radd__ = __add__

    def __bool__(self):
        self.action(self.victim)
        return self.value != 0


class Point:
    scale = 1

    def __init__(self, x, y):
        self.x = x
        self.y = y


def drop_y(p):
    if hasattr(p, "y"):
        del p.y


def add_z(p):
    p.z = 100


def swap_dict(p):
    p.__dict__ = {"x": -1, "y": -2, "tag": "swapped"}


def read_after_operator(p, m):
    # p.x and p.y are read around an operator that may change p
    a = p.x
    s = m + a
    b = getattr(p, "y", "gone")
    c = p.x
    return a, s, b, c


def read_after_truth(p, m):
    a = p.x
    if m:
        pass
    return a, p.x, getattr(p, "y", "gone"), getattr(p, "tag", "-")


def aliases(p, q):
    total = 0
    for i in range(50):
        total += p.x + q.x
        q.x = p.x + 1
        total += p.x
        if i == 30:
            q.extra = i  # p and q are the same object: p's layout changes here
        total += p.x + getattr(p, "extra", 0)
    return total


def run_operators():
    out = []
    for i in range(300):
        p = Point(i, i * 2)
        action = drop_y if i % 97 == 96 else add_z if i % 89 == 88 else (lambda v: None)
        m = Meddler(1, p, action)
        out.append(read_after_operator(p, m))
    print(out[-5:])
    print(sum(a + s + c for a, s, b, c in out), [b for a, s, b, c in out if b == "gone"][:3])

    out = []
    for i in range(300):
        p = Point(i, -i)
        action = swap_dict if i % 53 == 52 else (lambda v: None)
        out.append(read_after_truth(p, Meddler(i % 3, p, action)))
    print([r for r in out if r[3] != "-"])
    print(out[-2:])


def run_aliases():
    results = []
    for n in range(40):
        p = Point(n, 0)
        results.append(aliases(p, p))
        q = Point(n, 0)
        results.append(aliases(Point(n, 0), q))
    print(results[-4:], sum(results))


class Lazy:
    def __init__(self, a):
        self.a = a


def sum_b(items):
    total = 0
    for it in items:
        total += it.a
        total += it.a * 2
    return total


def run_late_hooks():
    items = [Lazy(i) for i in range(20)]
    print(sum(sum_b(items) for _ in range(100)))
    Lazy.__getattr__ = lambda self, name: 7  # only answers missing names: .a is unchanged
    print(sum_b(items), Lazy(3).missing)
    log = []

    def setattr_hook(self, name, value):
        log.append(name)
        object.__setattr__(self, name, value * 10)

    Lazy.__setattr__ = setattr_hook
    fresh = [Lazy(i) for i in range(20)]
    print(sum_b(fresh), len(log))
    del Lazy.__setattr__
    del Lazy.__getattr__


class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def step(bodies, dt):
    for b in bodies:
        b.x += b.v * dt
        b.v -= b.x * dt * Point.scale


def run_dict_games():
    bodies = [Body(float(i), 1.0) for i in range(6)]
    for k in range(400):
        step(bodies, 0.01)
        if k == 200:
            vars(bodies[1])["x"] = 5  # an int where floats were
            bodies[2].__dict__.update({"v": -1.5, "w": 0})
            Point.scale = 2
        if k == 300:
            bodies[3].__dict__.clear()
            bodies[3].__dict__.update(x=0.5, v=0.25)
            Point.scale = 0.5
    print(["%.6f %.6f" % (b.x, b.v) for b in bodies])
    print(sorted(vars(bodies[2])), type(bodies[1].x).__name__)


run_operators()
run_aliases()
run_late_hooks()
run_dict_games()
