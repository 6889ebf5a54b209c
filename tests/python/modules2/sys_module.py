import sys

print(sys.version_info[:2] >= (3, 11), sys.version_info[0], type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith(("linux", "darwin", "win")))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(type(sys.path).__name__, isinstance(sys.modules, dict), "sys" in sys.modules, sys.modules[__name__].__name__)
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.hash_info.inf, sys.hash_info.nan)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info()[0])


def depth(n):
    return n if n == 0 else depth(n - 1)


print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getdefaultencoding(), isinstance(sys.executable, str))
print(sys.intern("hello") == "hello", callable(sys.getsizeof), sys.getsizeof(0) > 0)
import io
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
print(bool(sys.builtin_module_names), "sys" in sys.builtin_module_names)
try:
    sys.exit("bye from sys.exit")
except SystemExit as e:
    print("SystemExit:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
sys.exit(3)
