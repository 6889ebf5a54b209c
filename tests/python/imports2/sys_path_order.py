import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)

import importlib

SHADOW = os.path.join(HERE, "lib_modules", "shop")
print(sys.path[0] == LIB, sys.path[1] == HERE)
sys.path.insert(0, SHADOW)
import catalog
print(catalog.__name__, catalog.find("A1"), "shop.catalog" in sys.modules)
import shop.catalog
print(shop.catalog is catalog, shop.catalog.Product is catalog.Product)
sys.path.remove(SHADOW)
del sys.modules["catalog"]
try:
    import catalog
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
importlib.invalidate_caches()
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
