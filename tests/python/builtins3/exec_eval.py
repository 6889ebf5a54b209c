g = {"x": 10}
print(eval("x * 2 + 1", g))
print(eval("y + x", g, {"y": 5}))
print(eval("len(s)", {"s": "four"}), eval(" 1 + 1 "), eval("\t[1, 2]\n"))
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
code = """
total = 0
for i in range(5):
    total += i
def helper(n):
    return n * total
result = helper(3)
"""
ns = {}
exec(code, ns)
print(ns["total"], ns["result"], ns["helper"](2), ns["helper"].__name__)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
exec("z = 99")
print(z)

try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))

print(eval(b"2 ** 8"), eval("'a' 'b'"))
counter = {"n": 0}
for _ in range(3):
    exec("n += 1", counter)
print(counter["n"])
env = {}
exec("import math\nr = math.floor(2.7)", env)
print(env["r"], type(env["math"]).__name__)
exec("class K:\n    attr = 'k'\n    def m(self):\n        return self.attr * 2\nobj = K()", env)
print(env["obj"].m(), env["K"].__module__ if "__name__" in env else "no __name__")
print(eval("[i * j for i in range(3) for j in range(2)]"))
print(eval("(lambda q: q + 1)(41)"))
x = 7
print(eval("x"), eval("x", {"x": 8}), eval("x", None, {"x": 9}))
print(globals()["x"], "func" in globals(), locals() is globals())
