"""Module with PEP 562 hooks."""
import math
_computed = {}


def __getattr__(name):
    if name.startswith("sq_"):
        n = int(name[3:])
        _computed[name] = n * n
        return n * n
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["answer", "sq_<n>"]


answer = 42
