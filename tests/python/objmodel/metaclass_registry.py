# Metaclasses: registries, __new__/__init__/__call__ of the metaclass, __prepare__, class keywords.


class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        print(f"  PluginMeta.__new__({name}, bases={[b.__name__ for b in bases]}, kw={kw})")
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[kw.get("key", name.lower())] = cls
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.created_by = "PluginMeta"

    def __call__(cls, *args, **kwargs):
        print(f"  creating {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)


class Plugin(metaclass=PluginMeta):
    def __init__(self, *opts):
        self.opts = opts


class Csv(Plugin, key="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(PluginMeta.registry), type(Csv).__name__, Csv.created_by)
inst = PluginMeta.registry["csv"](1, 2)
print(inst.opts, isinstance(inst, Plugin), type(Plugin) is PluginMeta)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print(f"  __prepare__({name})")
        return {"order": []}

    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_") and k not in ("order",)]
        return super().__new__(mcls, name, bases, dict(ns))


class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3


print(Record.fields, Record.order)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("  Config initialised once")
        self.values = {}


c1 = Config()
c2 = Config()
c1.values["debug"] = True
print(c1 is c2, c2.values)


class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __len__(cls):
        return len(cls.__dict__.get("items", ()))

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"

    def describe(cls):
        return f"{cls.__name__} has {len(cls)} items"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Bag(metaclass=Meta):
    items = (1, 2, 3)


print(repr(Bag), len(Bag), Bag["x"], Bag.describe(), Bag.upper_name)
try:
    Bag().describe()
except AttributeError as e:
    print("AttributeError:", e)

Dynamic = type("Dynamic", (Bag,), {"items": (9,), "hello": lambda self: "hi"})
print(Dynamic, len(Dynamic), Dynamic().hello(), type(Dynamic).__name__, Dynamic.__bases__)
Point = type("Point", (), {"__init__": lambda self, x, y: setattr(self, "xy", (x, y))})
print(Point(1, 2).xy, Point.__name__, Point.__qualname__)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type.__mro__, isinstance(type, object), isinstance(object, type))
