# Building classes at run time and attribute bags for parsed records.
import types

def parse_record(line):
    key_values = (item.split("=", 1) for item in line.split(";") if item)
    return types.SimpleNamespace(**{k.strip(): v.strip() for k, v in key_values})

records = [parse_record(l) for l in ["id=1; name=Ada; lang=en", "id=2;name=Bob", "id=3; name = Cy ; x = y"]]
for r in records:
    print(r, getattr(r, "lang", "?"))
print(sorted(vars(records[2])), records[0] == parse_record("id=1;name=Ada;lang=en"))
records[1].lang = "fr"
print(records[1].__dict__)

def make_model(name, fields, base=object):
    def exec_body(ns):
        ns["__slots__"] = ()
        ns["fields"] = tuple(fields)
        def describe(self):
            return "%s with %s" % (type(self).__name__, ", ".join(self.fields))
        ns["describe"] = describe
    return types.new_class(name, (base,), {}, exec_body)

User = make_model("User", ["id", "email"])
Admin = make_model("Admin", ["id", "email", "level"], base=User)
print(User().describe(), Admin().describe(), issubclass(Admin, User), Admin.__mro__[1].__name__)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        Registry.classes.append(name)
        return cls

Plugin = types.new_class("Plugin", (), {"metaclass": Registry, "priority": 5})
print(Plugin.options, Registry.classes, type(Plugin) is Registry)

class Greeter:
    def __init__(self, name):
        self.name = name

def shout(self, text):
    return "%s shouts %s!" % (self.name, text.upper())

g = Greeter("Ann")
g.shout = types.MethodType(shout, g)
print(g.shout("hi"), isinstance(g.shout, types.MethodType))

frozen = types.MappingProxyType({"version": 2, "name": "demo"})
for key in frozen:
    print(key, frozen[key])
print(frozen | {"extra": True}, len(frozen), frozen == {"version": 2, "name": "demo"})
try:
    frozen.version = 3
except AttributeError as e:
    print("AttributeError")

def counter():
    n = 0
    while True:
        n += 1
        yield n
gen = counter()
print(type(gen) is types.GeneratorType, next(gen), next(gen))
print(isinstance(print, types.BuiltinFunctionType), isinstance(make_model, types.FunctionType))
