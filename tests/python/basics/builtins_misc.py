print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(isinstance(True, int), isinstance(1, (str, float)), isinstance([], list), callable(len), callable(1))
class C:
    pass
c = C()
setattr(c, "x", 5)
print(getattr(c, "x"), getattr(c, "y", "none"), hasattr(c, "x"), vars(c))
delattr(c, "x")
print(hasattr(c, "x"), type(c).__name__, C.__name__, repr(C)[:17])
print(abs(-3), abs(2.5), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 5), pow(2, -1), round(7.25, 1))
print(min(3, 1, 2), max("abc"), min([(2, "b"), (1, "z")]), sum([1.5, 2.5]), sum([[1], [2]], []))
print(sorted({"b": 1, "a": 2}), list(map(int, "123")), list(range(0)), bool(""), bool("0"), bool([0]))
print(chr(65) + chr(0x263A), ord("\n"), int("ff", 16), int("-10"))
print(len([1, 2]), len({1: 2}), len(range(10)), len("日本語"), "日本語"[1])
print(list(enumerate(["a", "b"])), list(zip([1, 2, 3], "ab")), any([]), all([]))
print(hex(3 ** 40), oct(-9), bin(255), format(1234567.891, ",.2f"), format(0.5, ".0%"))
x = 10
def show():
    return x
print(show(), (lambda: x * 2)(), eval("x + 1"), eval("[i for i in range(3)]"))
exec("y = x * 3")
print(y)
print(globals()["x"], "show" in globals(), __name__)
print(repr(1.0), repr(-1.5e-10), str(10 ** 20), 10 ** 20 == 1e20, 0.1 + 0.2 == 0.3)
print(None is None, [] is [], 1 == 1.0, "a" "b", 'single' == "single", """triple""")
print(*[1, 2], sep=", ")
print(id(c) == id(c), hash("abc") == hash("abc"), [1, 2].__len__(), "x".__class__.__name__)
