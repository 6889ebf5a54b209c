z = 3 + 4j
w = complex(1, -2)
print(z, w, 2j, -1j, 0j, complex(), complex(-0.0, 1), 1.5j + 1, z.real, z.imag, z.conjugate())
print(z + w, z - w, z * w, z / w, abs(z), -z, z ** 2, z ** 0.5, w ** -1, 2 ** z if False else "")
print(z == 3 + 4j, z != w, (1 + 0j) == 1, hash(1 + 0j) == hash(1), bool(0j), bool(1j))
print((-8) ** (1 / 3), (-1) ** 0.5, complex("1+2j"), complex("-3.5j"), complex("2"), type(z).__name__)
print(repr(complex(1e16, 1e-5)), complex(float("inf"), 0), (1 + 2j) * 1j, 1j ** 2, (2 + 0j) / 4)
print((3).real, (3).imag, (2.5).real, True.real, (1 + 1j) ** 3, sum([1j, 2j, 3]))
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
