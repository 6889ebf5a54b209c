# Descriptor protocol: data versus non-data precedence, __set_name__, class access, validation.


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_f_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return f"<Field {owner.__name__}.{self.public}>"
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"  deleting {self.public}")
        delattr(obj, self.private)


class Product:
    name = Field(str, "unnamed")
    price = Field(float, 0.0)
    qty = Field(int, 0)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


p = Product(name="widget", price=2.5)
print(p, Product.name, Product.qty)
p.qty = 10
print(p, sorted(vars(p)))
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
del p.qty
print(p)


class NonData:
    def __get__(self, obj, owner=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.attr = "from instance"
print(h.attr, Holder.attr)
del h.attr
print(h.attr)


class Counter:
    """Counts reads per instance, stored in a side table."""

    def __init__(self):
        self.reads = {}

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        self.reads[id(obj)] = self.reads.get(id(obj), 0) + 1
        return self.reads[id(obj)]


class Page:
    views = Counter()


a, b = Page(), Page()
print(a.views, a.views, a.views, b.views, len(Page.views.reads))


class BoundChecker:
    def method(self):
        return self


obj = BoundChecker()
f = BoundChecker.__dict__["method"]
bound = f.__get__(obj, BoundChecker)
print(bound() is obj, bound.__self__ is obj, bound.__func__ is f, BoundChecker.method is f)
print(type(bound).__name__, bound == obj.method, obj.method is obj.method)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)


class Using:
    size = sm
    who = cm


print(Using.size("abc"), Using().size([1]), Using.who(), Using().who())


class Meters:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name

    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name, 0) / 1000


class Route:
    length = Meters()
    detour = Meters()


r = Route()
r.__dict__["length"] = 4200
print(r.length, r.detour, type(Route.length).__name__)
later = Meters()
Route.extra = later
print(hasattr(later, "name"))
