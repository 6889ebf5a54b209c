# Introspection a program does on itself: type(), isinstance, vars, dir subsets, __dict__, getattr chains.


class Sensor:
    """A sensor with readings."""

    unit = "C"

    def __init__(self, name):
        self.name = name
        self.readings = []

    def add(self, value):
        self.readings.append(value)
        return self

    @property
    def last(self):
        return self.readings[-1] if self.readings else None


s = Sensor("t1").add(20.5).add(21.0)
print(type(s).__name__, type(s) is Sensor, s.__class__.__name__, Sensor.__name__, Sensor.__doc__)
print(vars(s), sorted(k for k in vars(Sensor) if not k.startswith("__")), "add" in dir(s), "name" in dir(s))
print([name for name in dir(Sensor) if not name.startswith("_")], s.last)
print(getattr(s, "unit"), getattr(Sensor, "add")(Sensor("x"), 1).readings, getattr(s, "nope", None))
print(hasattr(s, "last"), isinstance(Sensor.last, property), callable(getattr(s, "add")))
method = getattr(s, "add")
print(method.__name__, method.__self__ is s, method.__func__ is Sensor.add, type(method).__name__)
for attr in ("name", "unit", "readings"):
    print(attr, "instance" if attr in vars(s) else "class", getattr(s, attr))
setattr(s, "unit", "F")
print(s.unit, Sensor.unit, vars(s)["unit"])
print(type(3).__name__, type(3.0).__name__, type("").__name__, type(None).__name__, type(type).__name__, type(len).__name__)
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(None, object), issubclass(int, object))
print(type(Sensor.add).__name__, type(s.add).__name__, type(Sensor.last).__name__, type(print).__name__)
print(Sensor.__module__, Sensor.__qualname__, Sensor.add.__qualname__, Sensor.__init__.__name__)
kinds = {int: "integer", str: "text", list: "list"}
for v in (1, "a", [1], 2.0, True):
    print(repr(v), kinds.get(type(v), "other"))
print(sorted(k for k in vars(type("T", (), {"a": 1, "b": 2})) if len(k) == 1), type(s).__mro__[-1].__name__)
obj = object()
print(type(obj).__name__, isinstance(obj, object), len(dir(obj)) > 10)
