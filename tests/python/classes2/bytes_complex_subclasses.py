# Subclasses of bytes and complex as libraries write them: a tagged token type, a
# checksum-carrying payload with __new__, a complex number type with units; their methods,
# reprs, arithmetic (which gives the base type), attributes, hashing, pickle and copy.
import copy
import pickle


class Token(bytes):
    """Raw protocol bytes that remember where they came from."""

    def __new__(cls, data, source="wire"):
        self = super().__new__(cls, data)
        self.source = source
        return self

    def __getnewargs__(self):
        return (bytes(self), self.source)

    def __repr__(self):
        return "Token(%s, %r)" % (bytes.__repr__(self), self.source)


class Payload(bytes):
    @property
    def checksum(self):
        return sum(self) % 256


class Phasor(complex):
    unit = "V"

    def __repr__(self):
        return "Phasor(%g%+gj %s)" % (self.real, self.imag, self.unit)

    def magnitude(self):
        return abs(self)


t = Token(b"HELO", source="client")
print(t, repr(t), t.source, type(t).__name__, isinstance(t, bytes), len(t), t[0], t[1:3])
print(t.lower(), type(t.lower()).__name__, t + b"!", type(t + b"!").__name__, t == b"HELO", hash(t) == hash(b"HELO"))
print(bytes(t), type(bytes(t)).__name__, t.decode(), t.startswith(b"HE"), b"EL" in t, list(t)[:2])
p = Payload(b"\x01\x02\x03")
print(p, p.checksum, p.hex(), {p: 1}[b"\x01\x02\x03"], type(Payload()).__name__, Payload() == b"")
p.note = "kept"
print(p.note, vars(p), sorted(set([p, b"\x01\x02\x03"])) == [b"\x01\x02\x03"])
print(Payload(3), Payload("hé", "utf-8"), Payload([65, 66]))

z = Phasor(3, 4)
print(z, z.magnitude(), z.real, z.imag, z.conjugate(), type(z.conjugate()).__name__)
print(z + 1, type(z + 1).__name__, z * 2j, complex(z), type(complex(z)).__name__, z == 3 + 4j)
print(Phasor("1+2j"), Phasor(), Phasor(imag=2), isinstance(z, complex), hash(z) == hash(3 + 4j))
z.unit = "A"
print(repr(z), z.__dict__)

for proto in (0, 2, 4):
    back = pickle.loads(pickle.dumps([t, p, z], proto))
    print(proto, [repr(x) for x in back], back[0].source, type(back[1]).__name__, back[2].unit)
c = copy.copy(t)
d = copy.deepcopy(z)
print(repr(c), c.source, repr(d), d.unit)
try:
    class Both(bytes, complex):
        pass
except TypeError as e:
    print("TypeError:", e)
