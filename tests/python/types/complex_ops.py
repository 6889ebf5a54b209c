# Complex arithmetic, reprs, parsing and the errors it raises.


z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate())
print(z.real, z.imag, type(z.real).__name__, z == 3 + 4j, z != w)
print(complex(), complex(2), complex(0, -0.0), complex("1+2j"), complex(" 3-1j "), complex("j"), complex("-1.5e2j"))
print(1j ** 2, (1 + 1j) ** 3, 2 ** (1j), (0j) ** 0, pow(1j, 2))
print(repr(complex(1e20, -1e-5)), repr(complex(float("inf"), float("nan"))), repr(-0j), repr(complex(-0.0, -0.0)))


for bad in ("1+", "2j3", "abc", "1 + 2j"):
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    z % 2
except TypeError as e:
    print("TypeError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)

print(hash(complex(1, 0)) == hash(1), hash(2j) == hash(complex(0, 2)))
print(f"{z:.2f}", f"{w:>20}", format(1.5 + 2.25j, "g"), "{:+.1e}".format(1j))
print(sum([1j, 2, 3.5]), [c.real for c in (1j, 2 + 0j)], complex(True, False))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __complex__(self):
        return complex(self.x, self.y)


print(complex(Vec(2, 5)), abs(complex(Vec(6, 8))))
points = [complex(x, y) for x, y in [(0, 0), (3, 4), (-1, 1), (2, -2)]]
print(sorted(points, key=abs))
print(max(points, key=lambda p: p.real), [round(abs(p), 3) for p in points])
