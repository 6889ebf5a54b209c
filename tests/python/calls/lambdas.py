# Lambdas in the places programs put them: keys, callbacks, tables, immediately called, closures.

people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 19, "nyc")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[2])), min(people, key=lambda p: p[1])[0])
print(list(filter(lambda p: p[2] == "nyc", people)), list(map(lambda p: p[0].upper(), people)))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}


def evaluate(tokens):
    stack = []
    for t in tokens.split():
        if t in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(float(t))
    return stack.pop()


print(evaluate("3 4 + 2 *"), evaluate("10 0 /"), evaluate("1 2 3 * -"))
print((lambda x, y=2, *rest, k=1, **kw: (x, y, rest, k, kw))(1, 3, 4, k=5, z=6))
print((lambda: "no args")(), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(5), compose(sq, inc)(5), (lambda f: f(f(2)))(sq))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.__name__, fact.__qualname__)
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(10)])
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
grid = [[(lambda r, c: r * 3 + c)(r, c) for c in range(3)] for r in range(3)]
print(grid)
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
words = "the quick brown fox jumps over the lazy dog".split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(sorted(by_len.items(), key=lambda kv: (-kv[0], kv[1])))
cond = lambda x: "even" if x % 2 == 0 else "odd"
print([cond(i) for i in range(4)], (lambda: (yield))().__class__.__name__)


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)

    def click(self):
        return [h(self) for h in self.handlers]


btn = Button("OK")
btn.on_click(lambda b: f"clicked {b.label}")
btn.on_click(lambda b: len(b.label))
print(btn.click())
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: undefined_name)()
except NameError as e:
    print("NameError:", e)
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name, callable(lambda: 0))
