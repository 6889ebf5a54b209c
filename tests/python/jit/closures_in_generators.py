# Closures created inside generators and loops, cells rebound while closures are live.
def make_adders(n):
    for i in range(n):
        yield lambda x, i=i: x + i


adders = list(make_adders(100))
print(sum(f(1) for f in adders))


def counter_gen():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    while True:
        yield bump


g = counter_gen()
b = next(g)
for _ in range(2999):
    b()
print(b(), next(g)())


def late_binding():
    fs = []
    for i in range(5):
        fs.append(lambda: i)
    i = 100
    return [f() for f in fs]


print(late_binding())


def shared_cell():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    seen = []
    for i in range(2000):
        if i % 500 == 0:
            set_(i)
        seen.append(get())
    return sorted(set(seen))


print(shared_cell())
