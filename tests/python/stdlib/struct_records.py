# Binary record files: a header plus fixed-size records, parsed and rebuilt with struct.
import struct

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdh?x")

def encode(name, items):
    out = [HEADER.pack(b"INV1", 1, len(items), RECORD.size)]
    for sku, title, price, qty, active in items:
        out.append(RECORD.pack(sku, title.encode("utf-8"), price, qty, active))
    return b"".join(out)

def decode(blob):
    magic, version, count, size = HEADER.unpack_from(blob, 0)
    print("magic", magic, "version", version, "count", count, "record size", size)
    rows = []
    for i in range(count):
        sku, raw, price, qty, active = RECORD.unpack_from(blob, HEADER.size + i * size)
        title = raw.rstrip(b"\0").decode("utf-8")
        rows.append((sku, title, price, qty, active))
    return rows

items = [
    (1001, "widget", 2.5, 10, True),
    (1002, "gadget deluxe", 19.99, -3, False),
    (1003, "sprocket", 0.125, 32767, True),
]
blob = encode("inventory", items)
print(len(blob), HEADER.size, RECORD.size, HEADER.format, RECORD.format)
print(blob[:12])
for row in decode(blob):
    print(row)

total = sum(p * q for _, _, p, q, _ in decode(blob))
print("stock value %.2f" % total)

# iter_unpack over a packed array of points
points = struct.pack("<6h", 1, 2, -3, 4, 500, -600)
for x, y in struct.iter_unpack("<hh", points):
    print("point", x, y)

print(struct.calcsize("@bhiqd"), struct.calcsize("<bhiqd"), struct.calcsize("=bhiqd"), struct.calcsize("P"))
print(struct.calcsize("c0l"), struct.calcsize("3s2x"), struct.calcsize(" i h "))
print(struct.pack(">I", 0xDEADBEEF).hex(), struct.pack("<I", 0xDEADBEEF).hex(), struct.pack("!h", -2).hex())
print(struct.unpack(">q", b"\xff" * 8), struct.unpack(">Q", b"\xff" * 8))
print(struct.pack("5p", b"hello world"), struct.unpack("5p", b"\x03abcd"))
print(struct.pack("3s", b"a"), struct.pack("?", []), struct.unpack("??", b"\x00\x07"))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.unpack("<e", struct.pack("<e", 65504.0)))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.unpack("<3c", b"xyz"), struct.pack("@ci", b"a", 7), struct.pack("=ci", b"a", 7))
