import struct

print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("<h", -2), struct.pack("B", 255))
print(struct.pack("<q", -1), struct.pack("<Q", 2 ** 64 - 1), struct.pack("<f", 1.5), struct.pack(">d", -2.25))
print(struct.pack("<?", True), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("c", b"x"))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.calcsize("<i"), struct.calcsize("@i"), struct.calcsize("<ihb"), struct.calcsize("@ihb"), struct.calcsize("@bi"))
print(struct.calcsize("<10s"), struct.calcsize("<2h3x"), struct.calcsize("<qd"), struct.calcsize("!I"))
record = struct.pack("<4sIhd", b"HDR1", 1234, -7, 3.25)
print(len(record), record.hex())
magic, count, delta, value = struct.unpack("<4sIhd", record)
print(magic, count, delta, value)
fmt = struct.Struct(">2sHf")
packed = fmt.pack(b"ok", 65535, 0.5)
print(fmt.size, fmt.format, packed, fmt.unpack(packed))
buf = bytearray(12)
struct.pack_into("<ii", buf, 4, 7, -7)
print(buf, struct.unpack_from("<i", buf, 8), struct.unpack_from("<ii", buf, offset=4))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
for fmt_, args in (("<b", (200,)), ("<B", (-1,)), ("<h", (40000,)), ("<i", ("x",)), ("<2i", (1,)), ("<z", (1,))):
    try:
        struct.pack(fmt_, *args)
    except struct.error as e:
        print(f"{fmt_}{args}: struct.error: {e}")
try:
    struct.unpack("<i", b"\x00\x00")
except struct.error as e:
    print("struct.error:", e)
points = [(1, 2), (30, -40), (500, 600)]
blob = b"".join(struct.pack("<hh", *p) for p in points)
print(blob.hex(" "), [struct.unpack_from("<hh", blob, i * 4) for i in range(len(points))])
print(struct.pack("<e", 1.5) if hasattr(struct, "pack") else "", struct.unpack("<f", struct.pack("<f", 0.1))[0])
