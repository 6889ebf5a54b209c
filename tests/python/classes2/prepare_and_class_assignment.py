# Metaclass __prepare__ namespaces, and changing an object's class at run time.


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("preparing", name, [b.__name__ for b in bases], kwargs)
        return {"defined_by_prepare": True, "helper": lambda self: "helped"}

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.field_order = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Record(metaclass=OrderedMeta, tag="demo"):
    zeta = 1
    alpha = 2
    flag = defined_by_prepare

    def method(self):
        return self.helper()


print(Record.field_order, Record.flag, Record().method())


class LoggingNamespace(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  define", key)
        super().__setitem__(key, value)


class LoggingMeta(type):
    def __prepare__(name, bases):
        return LoggingNamespace()


class Service(metaclass=LoggingMeta):
    retries = 3

    def start(self):
        return "started"

    retries = retries + 1


print(Service.retries, Service().start(), sorted(k for k in vars(Service) if not k.startswith("__")))


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDuplicates()


try:
    class Config(metaclass=StrictMeta):
        debug = False
        debug = True
except TypeError as e:
    print("TypeError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)


class Collecting:
    """A namespace that is no dict: the metaclass must turn it into one."""

    def __init__(self):
        self.items = {}

    def __getitem__(self, key):
        return self.items[key]

    def __setitem__(self, key, value):
        self.items[key] = value


class CollectingMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Collecting()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns.items))


class Plain(metaclass=CollectingMeta):
    x = 10
    y = x * 2


print(Plain.x, Plain.y)
try:
    type.__new__(type, "T", (), Collecting())
except TypeError as e:
    print("TypeError:", e)


# __class__ assignment: a state machine that swaps behaviour.
class Idle:
    def handle(self, event):
        if event == "start":
            self.__class__ = Running
        return "idle saw " + event


class Running:
    def handle(self, event):
        if event == "stop":
            self.__class__ = Idle
        return "running saw " + event


machine = Idle()
for ev in ["poke", "start", "tick", "stop", "poke"]:
    print(machine.handle(ev), "->", type(machine).__name__)


class Slotted:
    __slots__ = ("a",)


class OtherSlotted:
    __slots__ = ("a",)


class D1(dict):
    pass


class D2(dict):
    pass


d = D1(k=1)
d.__class__ = D2
print(type(d).__name__, d)

for target, value in [(Idle(), 5), (Idle(), Slotted), (Slotted(), Idle), (Idle(), int), (1, bool),
                      (Slotted(), OtherSlotted), (D1(), Idle)]:
    try:
        target.__class__ = value
        print("ok", type(target).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    del machine.__class__
except TypeError as e:
    print("TypeError:", e)
