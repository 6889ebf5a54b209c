# Generators suspended in one mode and resumed in another, while their code gets compiled.
def counter(limit):
    i = 0
    while i < limit:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return "done"


gens = [counter(5000) for _ in range(3)]
firsts = [next(g) for g in gens]
for _ in range(1500):
    for g in gens:
        next(g)
print(firsts, [g.send(4990) for g in gens])
print([list(g) for g in gens])


def delegator():
    result = yield from counter(3)
    yield result
    total = 0
    for v in range(2000):
        total += v
        if v % 500 == 0:
            yield total


print(list(delegator()))


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fibs()
print([next(f) for _ in range(100)][-1])
print(sum(x for x in range(3000) if x % 3 == 0))
print(sorted((k, v) for k, v in zip(range(5), "abcde")))


def closing():
    try:
        for i in range(1000):
            yield i
    finally:
        print("closed")


c = closing()
for _ in range(700):
    next(c)
c.close()
g = counter(10)
next(g)
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated:", e)
