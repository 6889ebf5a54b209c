import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)
import importlib

import plugins.count as counter_mod
from plugins import REGISTRY


def run_many(n):
    out = []
    for i in range(n):
        if i == n // 2:
            importlib.reload(counter_mod)
        out.append(REGISTRY["count"]().run("a b c"))
    return out


results = run_many(200)
print(results[0], results[99], results[100], results[-1])
import geometry.vector as vec


def sum_vectors(n):
    acc = vec.Vector(0, 0)
    for i in range(n):
        if i == n - 3:
            vec.Vector.__add__ = lambda self, other: vec.Vector(self.x - other.x, self.y - other.y)
        acc = acc + vec.Vector(1, 2)
    return acc


print(sum_vectors(300))
