b = b"hello\x00\xff'"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b"a" + b"b", b"ab" * 3, b == b"hello\x00\xff'")
print(b"x" in b"xyz", 104 in b, b"abc" < b"abd", bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"))
s = "naïve café ✓"
e = s.encode()
print(e, len(e), e.decode("utf-8") == s, e.decode(), "abc".encode("ascii"), e.hex()[:12])
print(b"a,b,c".split(b","), b"  pad ".strip(), b"-".join([b"x", b"y"]), b"Hello".upper(), b"abc".replace(b"b", b"B"))
print(b"abc".startswith(b"ab"), b"hello".find(b"l"), b"hello".count(b"l"), repr(b'"quoted"'), bytes(b"copy"))
print({b"k": 1}[b"k"], sorted([b"b", b"a"]), str(b"x"), f"{b'fmt'}", bool(b""), bool(b"\x00"))
try:
    "é".encode("ascii")
except UnicodeError as err:
    print("UnicodeError caught", isinstance(err, ValueError))
try:
    bytes([256])
except ValueError as err:
    print("ValueError:", err)
