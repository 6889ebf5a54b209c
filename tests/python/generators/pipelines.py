def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def evens(it):
    return (x for x in it if x % 2 == 0)

print(list(take(5, evens(numbers()))))

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def running_average():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

ra = running_average()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])

def delegate():
    result = yield from sub()
    yield f"sub returned {result}"

def sub():
    yield "a"
    yield "b"
    return "done"

print(list(delegate()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(15)])
print(sum(x * x for x in range(1, 11)), max((len(w), w) for w in ["aa", "b", "cccc"]))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip(["k1", "k2"], map(str.upper, ["v1", "v2"]))))
it = iter(range(3))
print(list(zip(it, it)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(reversed(range(5))), list(filter(None, [0, 1, "", "x", None, []])))
g = (i for i in range(2))
print(type(g).__name__, list(g), list(g))
