# Closures, cells and nonlocal updates inside hot loops.
def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    return inc


c = make_counter()
for i in range(3000):
    c(i % 3)
print(c(0))

adders = [lambda x, k=k: x + k for k in range(50)]
total = 0
for i in range(3000):
    total += adders[i % 50](i)
print(total)


def outer():
    items = []
    for i in range(5):
        def show(i=i):
            return i * i
        items.append(show)
    late = [lambda: j for j in range(3)]
    return [f() for f in items], [f() for f in late]


print(outer())


def deleted_cell():
    x = 1

    def read():
        return x
    del x
    try:
        read()
    except NameError as e:
        print(e)


deleted_cell()
