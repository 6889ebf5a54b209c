import os, sys as system
import a.b.c as d
from . import x
from ..pkg.mod import (y as z, w,)
from ... import q
from module import *
x = y = 1
x, *y = z
[a, b] = c
x += 1
x: int = 5
(y): str
z.attr: list[int]
del a, b[0], c.d
assert x, "message"
raise
raise E from cause
global g1, g2
def f():
    nonlocal_ = 1
    return
pass; break_ = 0
if a:
    pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    continue_ = 1
for i, j in items:
    continue
else:
    pass
with open(f) as g, lock:
    pass
with (open(a) as b, open(c) as d,):
    pass
