# send, throw and close on generators whose frames run compiled, with state kept across yields.
def accumulator():
    total = 0
    count = 0
    while True:
        try:
            value = yield total
        except ValueError:
            total = 0
            continue
        if value is None:
            break
        total += value
        count += 1
    return count


acc = accumulator()
next(acc)
for i in range(3000):
    acc.send(i)
print(acc.send(1))
print(acc.throw(ValueError))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)


def chained():
    yield from range(3)
    yield from (x * x for x in range(3))
    got = yield from accumulator()
    yield ("inner returned", got)


c = chained()
print([next(c) for _ in range(7)])
c.send(4)
print(c.send(None))


def windows(seq, n):
    it = iter(seq)
    window = []
    for x in it:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)


print(sum(sum(w) for w in windows(range(3000), 3)))
g = windows(range(10), 2)
print(next(g), next(g))
g.close()
print(list(g))
