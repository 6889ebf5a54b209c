import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)


def rel(path):
    return path.replace(LIB + os.sep, "")


import geometry
print("geometry loaded:", geometry.__name__, geometry.__package__, geometry.VERSION)
print("doc:", geometry.__doc__)
print("file:", rel(geometry.__file__))
print("path is list:", type(geometry.__path__).__name__, [rel(p) for p in geometry.__path__])
print("Vector via package:", geometry.Vector(1, 2) + geometry.Vector(3, 4))
print("shapes loaded yet?", "geometry.shapes" in sys.modules)

import geometry.shapes.circle as circ
print("alias name:", circ.__name__, circ.__package__)
print("area:", round(circ.area(2), 6), circ.center(), circ.version())
print("geometry.shapes now bound on package:", hasattr(geometry, "shapes"))
print("circle bound on shapes:", geometry.shapes.circle is circ)

from geometry.shapes import square
print("square:", square.area(3), square.compare(3), square.center())
print("same module object:", sys.modules["geometry.shapes.square"] is square)

import geometry.shapes
print("import a.b binds a:", geometry.shapes.__name__)
print("loaded geometry modules:", sorted(k for k in sys.modules if k.startswith("geometry")))
