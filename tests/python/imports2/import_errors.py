import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)


for stmt in ("import no_such_module", "import geometry.no_such", "import flat.child",
             "from geometry import nothing_here", "from geometry.shapes import triangle", "from flat import y",
             "import os.path", "from os import path, sep"):
    try:
        exec(stmt, {})
    except ImportError as e:
        msg = str(e).replace(LIB, "{lib}")
        print(f"{stmt!r}: {type(e).__name__}: {msg} | name={e.name!r}")
    else:
        print(f"{stmt!r}: ok")
print(issubclass(ModuleNotFoundError, ImportError))

try:
    import broken
except ValueError as e:
    print("import raised:", e)
print("broken in sys.modules after failure:", "broken" in sys.modules)
try:
    import broken
except ValueError as e:
    print("second import runs again:", e)

e = ImportError("custom", name="mod", path="/p")
print(e, e.name, e.path, e.args)
e2 = ModuleNotFoundError("No module named 'zz'", name="zz")
print(repr(e2), e2.name, e2.path)
try:
    ImportError("x", bogus=1)
except TypeError as te:
    print("TypeError:", te)
