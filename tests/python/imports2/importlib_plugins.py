import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)

import importlib

names = ["upper", "reverse", "count"]
mods = [importlib.import_module("plugins." + n) for n in names]
print([m.__name__ for m in mods])
import plugins
print("registry:", sorted(plugins.REGISTRY))
for key in sorted(plugins.REGISTRY):
    print(key, "->", plugins.REGISTRY[key]().run("the quick brown fox"))

rel = importlib.import_module(".upper", package="plugins")
print("relative import_module:", rel is mods[0])
try:
    importlib.import_module(".upper")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("plugins.missing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

count = importlib.import_module("plugins.count")
print(plugins.REGISTRY["count"]().run("a b"), plugins.REGISTRY["count"]().run("c"))
old_cls = plugins.REGISTRY["count"]
count2 = importlib.reload(count)
print("reload returns same module:", count2 is count, "class replaced:", plugins.REGISTRY["count"] is not old_cls)
print(plugins.REGISTRY["count"]().run("x y z"))
top = importlib.import_module("geometry")
print("top:", top.__name__, top.VERSION)
math_mod = importlib.import_module("math")
print("builtin module:", math_mod.sqrt(81))
