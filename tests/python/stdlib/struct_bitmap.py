# Writing and reading a small BMP image header and pixel rows with struct.
import struct

def bmp_bytes(width, height, pixel):
    row_size = (width * 3 + 3) & ~3
    image_size = row_size * height
    file_header = struct.pack("<2sIHHI", b"BM", 14 + 40 + image_size, 0, 0, 54)
    info_header = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, image_size, 2835, 2835, 0, 0)
    rows = []
    for y in range(height):
        row = b"".join([struct.pack("<BBB", *pixel(x, y)) for x in range(width)])
        rows.append(row + b"\0" * (row_size - len(row)))
    return file_header + info_header + b"".join(rows)

data = bmp_bytes(3, 2, lambda x, y: (x * 100, y * 200, 50))
print(len(data))
magic, size, _, _, offset = struct.unpack_from("<2sIHHI", data)
print(magic, size, offset)
fields = struct.unpack_from("<IiiHHIIiiII", data, 14)
print(fields)
width, height, bpp = fields[1], fields[2], fields[4]
row_size = (width * bpp // 8 + 3) & ~3
for y in range(height):
    start = offset + y * row_size
    pixels = [struct.unpack_from("<BBB", data, start + 3 * x) for x in range(width)]
    print("row", y, pixels)

# the same with a precompiled Struct and iter_unpack over one row
px = struct.Struct("<3B")
row0 = data[offset:offset + width * 3]
print([p for p in px.iter_unpack(row0)], px.size, px.format)

# network byte order fields and pack_into-style patching by slicing
packet = struct.pack("!BBHI", 4, 0, 20, 0xC0A80001)
version, flags, length, addr = struct.unpack("!BBHI", packet)
print(version, flags, length, "%d.%d.%d.%d" % struct.unpack("!4B", struct.pack("!I", addr)))
patched = packet[:2] + struct.pack("!H", 99) + packet[4:]
print(struct.unpack("!BBHI", patched))
print(struct.pack("<qQ", -2**63, 2**64 - 1).hex(), struct.unpack("<hH", b"\xff\xff\xff\xff"))
print(struct.pack(">d", -0.0).hex(), struct.unpack(">d", bytes.fromhex("7ff0000000000000")) if hasattr(bytes, "fromhex") else (float("inf"),))
print(struct.unpack("<f", struct.pack("<f", float("nan")))[0] != struct.unpack("<f", struct.pack("<f", float("nan")))[0])
print(struct.calcsize("<2sIHHI"), struct.calcsize("<IiiHHIIiiII"), struct.calcsize("@2sIHHI"))
