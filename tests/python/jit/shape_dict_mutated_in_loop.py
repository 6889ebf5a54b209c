# An instance's __dict__ read and written directly inside hot loops that also use attribute
# syntax on the same instances, and __dict__ replaced while a loop runs.


class Cell:
    def __init__(self, value):
        self.value = value
        self.hits = 0


def churn(cells, n):
    acc = 0
    for i in range(n):
        c = cells[i % len(cells)]
        c.hits += 1
        if i % 97 == 0:
            c.__dict__["value"] = c.value + 1000
        if i % 211 == 0:
            vars(c).setdefault("note", i)
        acc += c.value
    return acc


cells = [Cell(i) for i in range(6)]
print(churn(cells, 5000))
for c in cells:
    print(sorted(vars(c).items()))


class Slotless:
    def __init__(self, a):
        self.a = a


def swap_dicts(objs, n):
    out = 0
    for i in range(n):
        o = objs[i % 3]
        if i == 1000:
            objs[0].__dict__ = {"a": -5, "b": 2}
        if i == 2000:
            objs[1].__dict__.clear()
            objs[1].a = 7
        out += o.a
        o.a = o.a + 1
    return out


objs = [Slotless(i) for i in range(3)]
print(swap_dicts(objs, 3000), [vars(o) for o in objs])


def update_many(objs, n):
    for i in range(n):
        o = objs[i % 2]
        o.__dict__.update(k=i, j=-i)
        o.k += 1
    return [sorted(vars(o).items()) for o in objs]


print(update_many([Slotless(1), Slotless(2)], 2000))
