import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)

import app.core
print("engine run:", app.core.Engine().run("Hello", 21))
import app.core.engine as eng
print("engine module:", eng.__name__, eng.__package__)
print("submodules attached:", hasattr(app, "util"), hasattr(app.util, "text"), hasattr(app.util, "numbers"))
print("engine sees nums:", eng.nums.double(5), eng.shout("x"))

try:
    import app.util.too_far
except ImportError as e:
    print(type(e).__name__ + ":", e)
print("too_far left in sys.modules:", "app.util.too_far" in sys.modules)

code = "from . import flat"
try:
    exec(code, {"__name__": "standalone"})
except ImportError as e:
    print(type(e).__name__ + ":", e)

ns = {"__name__": "app.util.fake", "__package__": "app.util"}
exec("from . import text\nfrom .numbers import double\nresult = text.shout('rel') + str(double(4))", ns)
print("exec with __package__:", ns["result"])
ns2 = {"__name__": "x", "__package__": "app.core"}
exec("from ..util import numbers as n\nr = n.double(50)", ns2)
print("two dots:", ns2["r"])
