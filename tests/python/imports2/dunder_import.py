import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)


top = __import__("geometry.shapes.circle")
print("returns top package:", top.__name__)
leaf = __import__("geometry.shapes.circle", fromlist=["area"])
print("fromlist returns leaf:", leaf.__name__)
pkg = __import__("geometry.shapes", fromlist=["square"])
print("fromlist submodule loaded:", pkg.square.__name__)
m = __import__("math", globals(), locals(), ["floor"], 0)
print("math.floor:", m.floor(2.5))
rel = __import__("vector", {"__name__": "geometry.x", "__package__": "geometry"}, None, ["Vector"], 1)
print("relative __import__:", rel.__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("zz_missing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

import geometry.shapes.square as sq
print("import a.b.c as d:", sq.__name__, "geometry" in dir())
import geometry.shapes as shapes_alias, geometry.vector as vec
print(shapes_alias.__name__, vec.Vector(1, 1))
from geometry import vector as v2, Vector as V
print(v2 is vec, V is vec.Vector)


def local_import():
    import json as j
    from collections import OrderedDict as OD
    return j.dumps(OD(b=1, a=2))


print(local_import(), "j" in globals())
