import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)


before = set(globals())
from star_all import *
added = sorted(set(globals()) - before - {"before"})
print("with __all__:", added)
print(public_one, _semi_private, CONST)
try:
    not_exported
except NameError as e:
    print("NameError:", e)

before = set(globals())
from star_noall import *
added = sorted(set(globals()) - before - {"before"})
print("without __all__:", added)
print(alpha, beta, helper(), Widget.__name__)
import star_noall
print("hidden still reachable:", star_noall._hidden, star_noall._os.sep)

try:
    from star_bad import *
except AttributeError as e:
    print("AttributeError:", e)

from geometry.shapes import *
print("package __all__ loads submodules:", circle.__name__, square.__name__)

try:
    compile("def f():\n    from star_all import *\n", "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
