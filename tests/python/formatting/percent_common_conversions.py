"""printf-style formatting of the everyday kinds (%s, %r, %d, zero-padded %02d) next to the rarer ones,
over ints, bools, big ints, floats, str and int subclasses and containers; dice rolls with randint
and randrange over small and huge bounds."""
import random
class S(str):
    def __str__(self): return "S!"
class I(int):
    def __str__(self): return "I!"
    def __repr__(self): return "Ir"
    def __add__(self, o): return I(int(self) + int(o) + 1)
vals = [0, 5, -5, 42, -42, 10**20, -(10**20), True, False, 3.5, "x", S("abc"), I(7), None, [1, 'a'], (1,), {"k": 1}, -2**63, 2**63 - 1]
for v in vals:
    for f in ("%s", "%r", "%d", "%i", "%u", "%02d", "%05d", "%1d", "%0d", "%-3d|", "%3s|", "%x", "%.2f"):
        try:
            print(repr(f % (v,)))
        except Exception as e:
            print(f, type(e).__name__, e)
print("%s-%s %d%%" % ("a", 1, 99))
print("%(a)s %(b)05d" % {"a": 1, "b": -3})
r = random.Random(3)
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(-10**19, 10**19) for _ in range(3)])
print([r.randrange(5, 10) for _ in range(10)], [r.randrange(-3, 3) for _ in range(10)])
print([r.randrange(0, 2**61) for _ in range(3)], [r.randrange(2**59, 2**60 - 1) for _ in range(3)])
print(r.randint(I(2), I(9)), r.randint(True, 3))
for args in ((5, 5), (6, 5)):
    try:
        print(r.randrange(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(r.randint(3, 2))
except Exception as e:
    print(type(e).__name__, e)
print(r.random())
