import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)

import types

import counted
import counted
import counted as again
print("same object:", counted is again, "runs:", counted.runs)
del sys.modules["counted"]
import counted as fresh
print("after delete:", fresh.runs, fresh is again)

fake = types.ModuleType("fake_settings", "Settings injected at run time.")
fake.DEBUG = True
fake.items = [1, 2, 3]
sys.modules["fake_settings"] = fake
import fake_settings
from fake_settings import items
print("fake:", fake_settings.DEBUG, items, fake_settings.__doc__)
print("repr:", repr(fake).startswith("<module 'fake_settings'"), repr(fake))

sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__ + ":", e, "| name =", e.name)

class Anything:
    def __getattr__(self, name):
        return name.upper()
sys.modules["dynamic_obj"] = Anything()
from dynamic_obj import hello, world
print("non-module object:", hello, world)

m = types.ModuleType("made")
print(m.__name__, m.__doc__, sorted(k for k in vars(m) if k.startswith("__")))
exec("def f(x):\n    return x * 3\nNAME = __name__", m.__dict__)
print(m.f(7), m.NAME)
print("builtins and sys in sys.modules:", "builtins" in sys.modules, "sys" in sys.modules)
print("__main__ is this module:", sys.modules["__main__"].HERE == HERE)
