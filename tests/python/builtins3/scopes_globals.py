counter = 0


def increment():
    global counter
    counter += 1
    return counter


print(increment(), increment(), counter)


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(5), c2(), c1.__closure__[0].cell_contents)


def read_before_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


read_before_assign()


def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])


print(shadow(), len([1, 2]))
g = globals()
g["dynamic_global"] = 42
print(dynamic_global, "dynamic_global" in globals(), sorted(k for k in globals() if k.startswith("c"))[:3])




class Scope:
    x = 10
    y = x * 2
    items = [x * i for i in range(3)] if False else None

    def method(self):
        return x_outer if "x_outer" in globals() else "no x in method scope"


print(Scope.y, Scope().method())
x_outer = "module x"
print(Scope().method())
fns = [lambda: i for i in range(3)]
print([f() for f in fns], [(lambda i=i: i)() for i in range(3)])


def outer():
    v = "outer"

    def middle():
        def inner():
            return v
        return inner()
    return middle()


print(outer())
import builtins
print(builtins.len is len, hasattr(builtins, "print"), type(__builtins__).__name__ in ("module", "dict"))
builtins.custom_builtin = "from builtins"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
try:
    undefined_function()
except NameError as e:
    print("NameError:", e)
try:
    del undefined_global
except NameError as e:
    print("NameError:", e)
