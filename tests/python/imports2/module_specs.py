# Checking for optional modules and reading module metadata, as plugin loaders do.
import importlib
import importlib.util
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib_modules"))

print(__name__, __spec__)
print(os.path.basename(__file__))
print(json.__spec__.name, json.__spec__.parent, json.__spec__.submodule_search_locations is not None)
print(json.decoder.__spec__.name, json.decoder.__spec__.parent)
print(importlib.util.find_spec("json").name, importlib.util.find_spec("json") is json.__spec__)

for name in ["json", "math", "collections", "no_such_plugin_xyz", "helper_plugin"]:
    spec = importlib.util.find_spec(name)
    print(f"{name:20} {'available' if spec is not None else 'missing'}")

spec = importlib.util.find_spec("helper_plugin")
print(spec.name, os.path.basename(spec.origin), spec.submodule_search_locations)
print("helper_plugin" in sys.modules)
mod = importlib.import_module("helper_plugin")
print(mod.greet("spec"), mod.__spec__.name, os.path.basename(mod.__spec__.origin))
print(importlib.util.find_spec("helper_plugin") is mod.__spec__)
print(importlib.util.resolve_name(".decoder", "json"))
try:
    importlib.util.find_spec("math.nothing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
