# yield from: return values, delegation to plain iterators, send to non-generators, nested delegation depth.


def leaf(n):
    total = 0
    for i in range(n):
        received = yield i
        total += received or 0
    return total


def middle():
    a = yield from leaf(3)
    b = yield from leaf(2)
    return a + b


def top():
    result = yield from middle()
    yield f"middle returned {result}"


g = top()
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration:
    pass
print(out)


def over_list():
    got = yield from [1, 2, 3]
    yield got


print(list(over_list()))
g2 = over_list()
next(g2)
try:
    g2.send("x")
except AttributeError as e:
    print("AttributeError:", e)


def delegate_depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from delegate_depth(n - 1)
    return r + 1


g3 = delegate_depth(50)
print(next(g3))
try:
    next(g3)
except StopIteration as e:
    print("depth result", e.value)


def gen_returning():
    yield 1
    return "ret"


def collect():
    results = []
    for _ in range(3):
        results.append((yield from gen_returning()))
    return results


c = collect()
print(list(c))
c2 = collect()
try:
    while True:
        next(c2)
except StopIteration as e:
    print(e.value)


def squares_up_to(n):
    yield from (i * i for i in range(n))
    yield from map(str, range(2))
    yield from {"k": 1}


print(list(squares_up_to(4)))
