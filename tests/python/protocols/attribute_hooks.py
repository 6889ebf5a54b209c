# __getattr__, __getattribute__, __setattr__ and __delattr__ as proxies and records use them.


class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"record has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._fields[name]


r = Record(id=1, name="ann")
r.email = "ann@example.org"
r.id = 2
del r.name
print(r.id, r.email, r._log, sorted(r._fields))
try:
    r.name
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "name", "n/a"), hasattr(r, "email"), hasattr(r, "phone"))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "reads", 0)

    def __getattribute__(self, name):
        if name in ("target", "reads", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return getattr(object.__getattribute__(self, "target"), name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.reads, p.count(1), p.reads)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")


try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    color = "red"

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("get_"):
            field = name[4:]
            return lambda: getattr(self, field)
        raise AttributeError(name)


d = Defaults()
d.size = 3
print(d.color, d.size, d.get_size(), d.get_color())
try:
    d.nothing
except AttributeError as e:
    print("AttributeError:", repr(e))


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not 0 <= value < 150:
            raise ValueError(f"bad age {value}")
        super().__setattr__(name, value)


v = Validated()
v.age = 30
v.name = "bo"
print(vars(v))
try:
    v.age = 200
except ValueError as e:
    print("ValueError:", e)
print(v.age)


class Chain:
    def __init__(self, path=()):
        self._path = path

    def __getattr__(self, name):
        return Chain(self._path + (name,))

    def __repr__(self):
        return "/" + "/".join(self._path)


print(Chain().api.v1.users, Chain().a)


class Counting:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return super().__getattribute__(name)

    def method(self):
        return self.value

    value = 10


c = Counting()
print(c.method())
setattr(c, "dyn", 1)
print(getattr(c, "dyn"))
delattr(c, "dyn")
try:
    delattr(c, "dyn")
except AttributeError as e:
    print("AttributeError:", e)
