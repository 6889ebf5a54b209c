x = 42
print(f"{x=}", f"{x = }", f"{x!r:>6}", f"{'a' 'b'}", f"{3.0:.1%}")
print(end=None)
print("a", end="")
print("b", sep=None)
a = []
a.append(a)
d = {1: 2}
print(a, d)
import sys
print(sys.maxsize, sys.platform, type(sys.stdout).__name__)
def f(*, a, b=2): return a, b
print(f(a=1), f(b=3, a=4))
print(list(map(lambda *a: a, [1, 2], [3, 4])))
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*[1, 1, 2]})
class A:
    x = 1
    def m(self): return self.x
    @staticmethod
    def s(): return "static"
print(A.m(A()), A().s(), A.s(), A.__dict__["x"], "m" in A.__dict__)
print(str.upper("abc"), list.__len__([1,2]), dict.fromkeys("ab", 0), int.__add__(1, 2))
print(isinstance(A, type), type(A), A.__module__, A().__class__ is A)
print(divmod(-7.5, 2), -7.5 // 2, 2 ** 0.5 ** 2, (-8) ** (1 / 3) if False else "skip")
print(1 if [] else 2, [] or [0], (1, 2) == (1, 2), [1] * 0, "".join([]) == "")
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
print(sorted([3, 1, 2], key=lambda v: -v), min("b", "a"), max([1, 2], [1, 3]))
print(round(0.1 + 0.2, 10), 1e300 * 1e300, -1e300 * 1e300, float("nan") != float("nan"))
g = (i for i in range(3))
print(next(g), [*g])
n = 0
while True:
    n += 1
    if n > 5: break
print(n, bool(0.0), bool(-1), not 0, ~True, -True, True / 2)
print("%s %s" % ([1], (2,)), "%d%%" % 50, "%5s|%-5s|" % ("a", "b"), "%.2s" % "abc")
print(chr(955), "\u03bb", "\N{GREEK SMALL LETTER LAMDA}" if False else "", "\x41\101", r"\n", len("\\"))
print(int("0o17", 0), int("0x1F", 16), float("1_000.5"), str(-0.0), 0.0 == -0.0, hash(-0.0) == hash(0.0))
lst = [5, 1, 4]
lst[1:2] = []
print(lst, lst[::-1], lst[-1:-3:-1], list(range(10))[2:8:3])
