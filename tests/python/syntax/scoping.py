# Scoping rules: closures, nonlocal, global, class bodies, comprehensions and walrus,
# and the syntax errors the symbol table reports, caught from exec().

counter_total = 0


def make_counter(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return bump, peek


def record(n):
    global counter_total
    counter_total += n


bump, peek = make_counter(10)
bump()
bump(5)
record(peek())
print("counter:", peek(), "total:", counter_total)


class Shape:
    sides = 0
    names = [f"side{i}" for i in range(3)]

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Square(Shape):
    sides = 4

    def describe(self):
        base = super().describe()
        return base + " (square)"

    def klass(self):
        return __class__.__name__


sq = Square()
print(sq.describe(), sq.klass())


def outer():
    x = "outer"

    class Inner:
        x = "class attr"
        seen = x

        def method(self):
            return x

    return Inner.seen, Inner().method()


print(outer())


def walrus_in_comprehension(data):
    total = 0
    prefix = [total := total + v for v in data]
    return prefix, total


print(walrus_in_comprehension([1, 2, 3, 4]))

found = [y for x in range(10) if (y := x * x) > 20]
print(found, y)


def private_names():
    class Account:
        __secret = 42

        def reveal(self):
            return self.__secret

    return Account().reveal(), hasattr(Account, "_Account__secret")


print(private_names())

gen_scope = [lambda: i for i in range(3)]
print([f() for f in gen_scope])
late = [(lambda i=i: i) for i in range(3)]
print([f() for f in late])

BAD_PROGRAMS = [
    "def f():\n    nonlocal q\n",
    "nonlocal x\n",
    "def f(a, a):\n    pass\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    from os import *\n",
    "[(y := 1) for y in range(3)]\n",
    "class C:\n    [(z := 1) for x in range(3)]\n",
    "[x for x in (w := [1, 2])]\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def g():\n    [(yield 1) for x in range(3)]\n",
    "def f():\n    def g():\n        nonlocal f2\n    return g\n",
]

for src in BAD_PROGRAMS:
    try:
        exec(src, {})
        print("ran?!", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} col {e.offset} end {e.end_lineno}:{e.end_offset}")
