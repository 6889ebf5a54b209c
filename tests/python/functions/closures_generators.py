def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received

e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", range(3))))

def squares(n):
    return (i * i for i in range(n))

print(sum(squares(10)), list(squares(4)))
gen = (x for x in range(3))
print(next(gen), list(gen), list(gen))
print([(x, y) for x in range(3) for y in range(3) if x != y])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)})
nested = [[1, 2], [3], [4, 5, 6]]
print([v for row in nested for v in row])
print(list(zip(range(3), "abc", [True, False, None])), list(enumerate("xy", start=1)))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
