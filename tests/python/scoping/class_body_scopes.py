# Class bodies: names defined in order, not visible from methods, nested classes and closures over class locals.

x = "module x"


class Outer:
    x = "class x"
    y = x.upper()

    def method(self):
        return x

    class Inner:
        z = x

        def where(self):
            return __class__.__name__

    items = [1, 2, 3]
    total = sum(items)
    labels = {i: str(i) for i in items}

    def get_x(self):
        return self.x


print(Outer.y, Outer().method(), Outer.Inner.z, Outer.Inner().where(), Outer.total, Outer.labels, Outer().get_x())


def factory(prefix):
    class Tagged:
        tag = prefix + "-tag"

        def show(self):
            return f"{prefix}:{self.tag}"

    return Tagged


A, B = factory("a"), factory("b")
print(A().show(), B().show(), A is not B, A.__qualname__, A.tag)


class Counter:
    count = 0
    count += 1
    names = []
    for n in ("p", "q"):
        names.append(n * 2)
    del n


print(Counter.count, Counter.names, hasattr(Counter, "n"))


class WithSuper:
    def __init__(self):
        self.kind = __class__.__name__

    def ident(self):
        return __class__


print(WithSuper().kind, WithSuper().ident() is WithSuper)


def make_class_with_closure():
    secret = 42

    class Holder:
        def reveal(self):
            return secret

        value = secret + 1

    return Holder


H = make_class_with_closure()
print(H().reveal(), H.value)


class Conditional:
    debug = True
    if debug:
        def log(self):
            return "debug log"
    else:
        def log(self):
            return "quiet"


print(Conditional().log())
try:
    class Bad:
        a = 1
        b = undefined_name
except NameError as e:
    print("NameError:", e)


class Attrs:
    __private = "mangled"

    def read(self):
        return self.__private


print(Attrs().read(), Attrs._Attrs__private, sorted(k for k in Attrs.__dict__ if "private" in k))
