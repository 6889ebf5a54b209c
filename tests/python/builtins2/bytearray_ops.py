# bytearray as a mutable buffer, bytes.hex/fromhex and joining bytes from generators.


def checksum(data):
    total = 0
    for b in data:
        total = (total * 31 + b) & 0xFFFF
    return total


def build_packet(kind, payload):
    buf = bytearray()
    buf.append(0x7E)
    buf.append(kind)
    buf += bytes([len(payload) >> 8, len(payload) & 0xFF])
    buf.extend(payload)
    c = checksum(buf)
    buf.extend([c >> 8, c & 0xFF])
    return buf


pkt = build_packet(3, b"hello")
print(pkt, len(pkt), pkt.hex(), pkt.hex(" "))
print(bytes(pkt), pkt == bytes(pkt), bytes(pkt) == pkt, pkt[0], pkt[-1], pkt[1:4])

buf = bytearray(b"The quick brown fox")
buf[0] = ord("t")
buf[4:9] = b"slow"
del buf[-4:]
buf.insert(0, ord(">"))
print(buf, buf.decode(), buf.upper(), buf.split(), buf.find(b"slow"), b"slow" in buf, 116 in buf)
print(buf.pop(), buf.pop(0), buf)
buf.remove(ord(" "))
buf.reverse()
print(buf, buf.count(b"w"), buf.startswith(b"w"), buf.replace(b"o", b"0"))
copy = buf.copy()
buf.clear()
print(buf, copy, len(buf), bool(buf), bool(copy))

grid = bytearray(8)
for i in range(0, 8, 2):
    grid[i] = i * 10
grid[1::2] = b"\x01\x02\x03\x04"
print(grid, list(grid), sum(grid), max(grid))
print(bytearray([65, 66, 67]), bytearray("héllo", "utf-8"), bytearray(range(3)) * 2, bytearray(b"ab") + b"cd")
print(bytearray.fromhex("de ad be ef"), bytes.fromhex("00ff10"), b"\x00\xff".hex(), b"abc".hex("-"))
print(b"".join(bytes([c]) for c in range(97, 102)), b", ".join(w.encode() for w in ["a", "bb"]))
print(b"-".join([bytearray(b"x"), b"y"]), bytearray(b"|").join([b"p", b"q"]))

data = bytearray(b"abc")
alias = data
data += b"def"
print(alias, alias is data, isinstance(data, bytearray), isinstance(data, bytes), type(data).__name__)

def store_str():
    data[0] = "x"


for bad in (lambda: data.append(256), lambda: bytearray([1, 300]), lambda: data.remove(99),
            lambda: bytearray().pop(), lambda: hash(data), store_str):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
