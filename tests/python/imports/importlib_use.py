# importlib.import_module by name (plugins chosen at run time), relative names, errors, reload
import importlib
import sys

for name in ["json", "helper_mod", "collections.abc", "os.path"]:
    mod = importlib.import_module(name)
    print(name, "->", mod.__name__, mod is sys.modules[name])

helper = importlib.import_module("helper_mod")
print(helper.greet("importlib"), helper.CONSTANT)

try:
    importlib.import_module(".sibling")
except TypeError as e:
    print("TypeError:", e)

try:
    importlib.import_module("no_such_plugin")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

helper.CONSTANT = 0
again = importlib.reload(helper)
print(again is helper, helper.CONSTANT)

handlers = {}
for plugin in ("json", "heapq", "bisect"):
    handlers[plugin] = getattr(importlib.import_module(plugin), "__name__")
print(sorted(handlers.items()))
importlib.invalidate_caches()
