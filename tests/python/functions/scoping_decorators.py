# scoping and class-body corner cases
x = "module"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def f(self):
        return x
print(C.y, C().f())
def outer():
    v = 1
    class Inner:
        w = v + 1
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def gen_scope():
    total = 0
    data = [1, 2, 3]
    return sum(v * total + v for v in data)
print(gen_scope())
class Base:
    def __init__(self):
        self.log = []
    def hello(self):
        self.log.append("base")
        return self
class Mixin:
    def hello(self):
        self.log.append("mixin")
        return super().hello()
class Child(Mixin, Base):
    def hello(self):
        self.log.append("child")
        return super().hello()
print(Child().hello().log, [k.__name__ for k in Child.__mro__])
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def text(s):
    return s
print(text("hi"), text.__name__)
class Reg:
    items = {}
    @classmethod
    def register(cls, name):
        def wrap(f):
            cls.items[name] = f
            return f
        return wrap
@Reg.register("sq")
def square(v): return v * v
print(Reg.items["sq"](7), sorted(Reg.items))
try:
    def bad():
        return undefined_thing
    bad()
except NameError as e:
    print(e)
a, b = 1, 2
a, b = b, a
print(a, b)
t = 1,
print(t, type(t).__name__)
i = 10
print([i for i in range(3)], i)
print({k: [v for v in range(k)] for k in range(3)})
def kw(**opts):
    return sorted(opts.items())
print(kw(b=2, a=1), kw(**{"z": 0}))
def varargs(first, *rest, last="L"):
    return first, rest, last
print(varargs(1), varargs(1, 2, 3, last="X"))
