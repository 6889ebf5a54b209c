import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)


import circ_a
print("from_b:", circ_a.from_b())
import circ_b
print("from_a:", circ_b.from_a())
print("order in sys.modules:", [k for k in sys.modules if k.startswith("circ_")])

try:
    import circ_c
except ImportError as e:
    msg = str(e).replace(LIB, "{lib}")
    print(type(e).__name__ + ":", msg)
    print("name:", e.name, "path ends:", os.path.basename(e.path or ""))
print("circ_c cached:", "circ_c" in sys.modules, "circ_d cached:", "circ_d" in sys.modules)
