# types: SimpleNamespace records, MappingProxyType, type objects, new_class.
import types
import sys

cfg = types.SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg)
print(cfg.host, cfg.port, vars(cfg))
print(cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True), cfg == types.SimpleNamespace())
del cfg.debug
print(cfg, repr(types.SimpleNamespace()))
nested = types.SimpleNamespace(inner=types.SimpleNamespace(x=[1, 2]))
print(nested)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)

class Settings(types.SimpleNamespace):
    pass
print(Settings(a=1))

def gen():
    yield 1

class K:
    def method(self):
        pass

print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType))
print(isinstance(K().method, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), isinstance(lambda: 0, types.LambdaType))
print(type(None) is types.NoneType, types.FunctionType.__name__, types.GeneratorType.__name__)

bound = types.MethodType(lambda self, x: (self.tag, x), types.SimpleNamespace(tag="T"))
print(bound(5))

data = {"a": 1, "b": 2}
proxy = types.MappingProxyType(data)
print(proxy["a"], len(proxy), list(proxy), "b" in proxy, proxy.get("z", 0))
print(sorted(proxy.items()), proxy.copy())
data["c"] = 3
print(proxy["c"], proxy)
try:
    proxy["d"] = 4
except TypeError as e:
    print("TypeError:", e)

def body(ns):
    ns["greet"] = lambda self: "hello from " + type(self).__name__
    ns["x"] = 10

Dyn = types.new_class("Dyn", (K,), {}, body)
d = Dyn()
print(Dyn.__name__, Dyn.x, d.greet(), isinstance(d, K))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

WithMeta = types.new_class("WithMeta", (), {"metaclass": Meta})
print(WithMeta.made_by, type(WithMeta).__name__)
print(types.resolve_bases((int, str)))
meta, ns, kw = types.prepare_class("P", (), {"metaclass": Meta, "flag": 1})
print(meta.__name__, ns, kw)
