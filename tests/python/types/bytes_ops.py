# bytes and bytearray as a protocol parser uses them.

packet = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nX-Len: 42\r\n\r\nbody"
head, _, body = packet.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, version = lines[0].split()
print(method, path, version, body)
headers = {}
for line in lines[1:]:
    k, v = line.split(b": ", 1)
    headers[k.decode().lower()] = v.decode()
print(headers, int(headers["x-len"]) + 1)

b = bytes(range(0, 256, 37))
print(b, list(b), b[0], b[-1], b[1:3], b[::-2], len(b), 37 in b, b"\x4a" in b)
print(bytes(3), bytes([65, 66]), bytes("héllo", "utf-8"), b"abc".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"))
print(b"hello".upper(), b"Hello World".swapcase(), b"  pad ".strip(), b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b"abc" + b"def", b"ab" * 3, b"abc" < b"abd", b"abc".startswith(b"ab"), b"abcabc".count(b"bc"), b"abc".find(b"c"))
print(b"hello world".title(), b"123".isdigit(), b"abc".isalpha(), b"x y".replace(b" ", b"_"), b"tab\there".expandtabs(4))
print(repr(b"\x00\x7f\x80\xff'"), repr(b'"'), repr(b"'\""), str(b"hi"))
print("snowman ☃".encode(), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
for bad in (lambda: b"a" + "b", lambda: bytes([256]), lambda: bytes("x"), lambda: b"abc"[5], lambda: b"x".decode("nope")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

buf = bytearray(b"hello")
buf[0] = ord("J")
buf += b" world"
buf.extend([33, 33])
buf.append(63)
print(buf, len(buf), buf.pop(), buf.find(b"o"), bytes(buf[:5]))
del buf[5:11]
buf.insert(0, 62)
buf.reverse()
print(buf, buf.decode(), buf.upper(), bytearray(4), bytearray([1, 2]) == b"\x01\x02")
buf[1:3] = b"XYZ"
print(buf, buf.count(b"l"), buf.index(b"X"), buf.replace(b"X", b"-"), buf.isupper())
try:
    buf[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    buf.remove(0)
except ValueError as e:
    print("ValueError:", e)


print(sorted({b"b": 1, b"a": 2}), hash(b"abc") == hash(b"abc"), b"ab" == bytearray(b"ab"), bytes(bytearray(b"z")))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(hex(checksum), checksum.to_bytes(4, "big"), int.from_bytes(checksum.to_bytes(4, "big"), "big") == checksum)
