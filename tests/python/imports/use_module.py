import helper_mod
from helper_mod import greet, CONSTANT as C
import math, sys
from math import sqrt, pi
import helper_mod as hm

print(helper_mod.greet("world"), greet("x"), C, hm is helper_mod, helper_mod.Thing())
print(helper_mod.__name__, helper_mod.__doc__, "helper_mod" in sys.modules)
print(sqrt(16), round(pi, 5), math.floor(3.7))
try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
