"""Smaller pieces of sys, os.path, time, random, operator, functools and collections."""
import collections
import functools
import operator
import os
import os.path
import random
import sys
import time
from collections import UserDict, UserList, UserString


# ---- operator.call and random's constants
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1, 2], reverse=True))
try:
    operator.call()
except TypeError as e:
    print("TypeError:", e)
print(random.TWOPI, random.LOG4, random.NV_MAGICCONST, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)

# ---- sys
print(sys.maxunicode, sys.float_repr_style, sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.gettrace(), sys.getprofile(), sys.is_finalizing())
print(type(sys.meta_path).__name__, type(sys.path_importer_cache).__name__, type(sys.warnoptions).__name__)
print(isinstance(sys.prefix, str), isinstance(sys.orig_argv, list), sys.float_info.mant_dig, sys.int_info.bits_per_digit)

# ---- os.path
os.environ["JPS_DEMO"] = "demo"
os.environ["HOME"] = "/home/someone"
print(os.path.expandvars("$JPS_DEMO/x ${JPS_DEMO}y $NOT_SET_ANYWHERE ${NOT_SET_ANYWHERE} $ ${JPS_DEMO"))
print(os.path.expanduser("~/notes.txt"), os.path.expanduser("~"), os.path.expanduser("a/~b"))
print(os.path.splitdrive("/usr/lib"), os.path.commonpath(["/usr/lib/x", "/usr/local/y", "/usr/lib"]))
print(os.path.commonpath(["a/b/c", "a/b/d", "a/./b"]), repr(os.path.commonpath(["x", "y"])))
for bad in ([], ["/a", "b"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)
print(os.path.pathsep, os.path.devnull, os.path.extsep, os.path.altsep, os.path.ismount("/"))
here = os.path.realpath(".")
print(here == os.path.abspath(".") or os.path.islink(os.path.abspath(".")), os.path.realpath("/a/b/../c"))
print(os.path.samestat(os.stat("."), os.stat(here)))

# ---- time
print(time.tzname if time.timezone == 0 else ("UTC", "UTC"), time.CLOCK_REALTIME, time.CLOCK_MONOTONIC)
t1 = time.clock_gettime(time.CLOCK_MONOTONIC)
t2 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(t2 / 1e9 >= t1, time.clock_getres(time.CLOCK_REALTIME) > 0)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable)
for bad in (lambda: time.get_clock_info("nope"), lambda: time.clock_gettime(12345), lambda: time.clock_gettime("x")):
    try:
        bad()
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)


# ---- functools.singledispatchmethod and recursive_repr
class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @functools.singledispatchmethod
    def show(self, value):
        return f"{self.prefix} object {value!r}"

    @show.register
    def _(self, value: int):
        return f"{self.prefix} int {value}"

    @show.register(list)
    def _(self, value):
        return f"{self.prefix} list of {len(value)}"


f = Formatter(">")
print(f.show(3), f.show([1, 2]), f.show("s"), f.show(True))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @functools.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children!r})"


root = Node("root")
root.children.append(Node("leaf"))
root.children.append(root)
print(root, Node.__repr__.__name__)


# ---- collections.UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 0


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), d["a"], d["zzz"], "b" in d, list(d), d.get("c"), d.get("q", -1))
print(d | {"x": 9}, type(d | {"x": 9}).__name__, isinstance(d, collections.abc.MutableMapping))
c = d.copy()
c["E"] = 5
print(c, d, type(c).__name__, UserDict.fromkeys("ab", 1))

ul = UserList([3, 1, 2])
ul.append(5)
ul.extend(UserList([0]))
ul.sort()
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), 3 in ul, ul == [0, 1, 2, 3, 5])
ul += (7,)
print(ul, ul.pop(), ul.index(3), ul.count(1), ul < [1], repr(ul))

us = UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us + "!", "<" + us, us[1:3], type(us[1:3]).__name__)
print(len(us), "ell" in us, us == "Hello", us < "Z", us.split("l"), us.find("l"), us.startswith("He"))
print(us * 2, us.join("ab"), type(us.join("ab")).__name__, "%s-%d" % (us, 3), UserString(42), int(UserString("17")) + 1, hash(us) == hash("Hello"))
print(sorted(["b", UserString("a")], key=str), collections.__all__)

# ---- sys.displayhook and sys.excepthook
import builtins
import io
sys.displayhook(None)
sys.displayhook([1, "two"])
print(builtins._, sys.__displayhook__ is sys.displayhook)
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    try:
        {}["missing"]
    except KeyError as e:
        sys.excepthook(type(e), e, e.__traceback__)
    text = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print(text.splitlines()[0], text.splitlines()[-1], sys.__excepthook__ is sys.excepthook)
