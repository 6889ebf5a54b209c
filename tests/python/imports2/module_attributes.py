import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)

import lazy_attrs

print(lazy_attrs.answer, lazy_attrs.sq_12, lazy_attrs.sq_3)
print(sorted(lazy_attrs._computed.items()))
print(dir(lazy_attrs))
try:
    lazy_attrs.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(lazy_attrs, "missing", "default"), hasattr(lazy_attrs, "sq_5"))
from lazy_attrs import sq_9
print("from-import uses __getattr__:", sq_9)

import star_noall as mod
print(sorted(k for k in vars(mod) if not k.startswith("__")))
mod.added = "new"
print(mod.added, "added" in mod.__dict__)
del mod.added
try:
    del mod.added
except AttributeError as e:
    print("AttributeError:", e)
try:
    mod.zzz
except AttributeError as e:
    print("AttributeError:", e)
print(type(mod).__name__, type(mod) is type(sys))
print(mod.__dict__ is vars(mod), callable(mod.helper))
names = dir(mod)
print([n for n in ("__name__", "__doc__", "__file__", "__package__") if n in names])
import math
print("math.__name__:", math.__name__, "pi" in dir(math))
print(isinstance(math, type(os)))
