# Attributes deleted, re-added and shadowed while hot loops read and write instances whose
# attribute accesses were compiled for one instance layout.


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x = self.x + self.v * dt
        return self.x


def simulate(parts, rounds):
    total = 0.0
    for r in range(rounds):
        for p in parts:
            total += p.step(0.5)
            if r == rounds // 2 and p is parts[3]:
                del p.v  # the instance leaves its map mid-loop
                p.v = -1.0
    return total


parts = [Particle(float(i), 1.0 + i / 10) for i in range(8)]
print(simulate(parts, 400))
print([round(p.x, 3) for p in parts])
print(sorted(vars(parts[3]).items()), sorted(vars(parts[2]).items()))


def reader(objs, n):
    seen = []
    for i in range(n):
        o = objs[i % len(objs)]
        if i == n // 3:
            del objs[1].label
        try:
            seen.append(o.label)
        except AttributeError as e:
            seen.append(str(e))
        if i == 2 * n // 3:
            objs[1].label = "back"
    return seen


class Tag:
    def __init__(self, label):
        self.label = label


out = reader([Tag("a"), Tag("b"), Tag("c")], 3000)
print(len(out), out[:4], out[1000:1004], out[-3:])
print(sum(1 for s in out if s.startswith("'Tag'")))


class Counter:
    def __init__(self):
        self.n = 0


def bump(cs, n):
    for i in range(n):
        c = cs[i % 4]
        c.n += 1
        if i == 500:
            c.extra = i  # a new attribute: a different layout for this one instance
        if i == 900:
            delattr(cs[0], "n")
            cs[0].n = 1000
    return [c.n for c in cs], [sorted(vars(c)) for c in cs]


print(bump([Counter() for _ in range(4)], 2000))
