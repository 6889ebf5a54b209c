# Decoding and encoding with the error handlers, the way programs clean up messy text.

samples = [
    b"plain ascii",
    "caf\u00e9 cr\u00e8me".encode("utf-8"),
    b"latin-1 caf\xe9",
    b"truncated \xe2\x82",
    b"bad \xff\xfe start",
    b"cont \xe2\x28\xa1 bad",
    b"\xed\xa0\x80 surrogate",
]

for raw in samples:
    for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
        try:
            text = raw.decode("utf-8", errors)
            print(f"{errors:>16}: {text!r}")
        except UnicodeDecodeError as e:
            print(f"{errors:>16}: {type(e).__name__}: {e}")
            print(" " * 18, e.encoding, e.object, e.start, e.end, e.reason)

words = ["hello", "na\u00efve", "\u20ac5", "emoji \U0001F600", "mixed \u00e9\u20ac\U0001F600!"]
for w in words:
    for enc in ("ascii", "latin-1", "utf-8"):
        for errors in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
            try:
                print(enc, errors, w.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, errors, "->", e)
                print("   ", repr(e.object[e.start:e.end]), e.start, e.end)

# round trip of undecodable bytes through surrogateescape
raw = b"name-\xff\xfe.txt"
name = raw.decode("utf-8", "surrogateescape")
print(repr(name), len(name))
print(name.encode("utf-8", "surrogateescape") == raw)
try:
    name.encode("utf-8")
except UnicodeEncodeError as e:
    print(e)

# utf-16 and utf-32, with and without byte order marks
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    data = "A\u00e9\U0001F600".encode(enc)
    print(enc, data, data.decode(enc) == "A\u00e9\U0001F600")
for data in (b"a\x00b", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"\x00\xd8"):
    try:
        print(data.decode("utf-16-le"))
    except UnicodeDecodeError as e:
        print("utf-16-le:", e)
    print(repr(data.decode("utf-16-le", "replace")))
for data in (b"a\x00\x00\x00b", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00"):
    try:
        print(data.decode("utf-32-le"))
    except UnicodeDecodeError as e:
        print("utf-32-le:", e)

print(b"\xef\xbb\xbfdata".decode("utf-8-sig"), repr(b"\xef\xbb\xbfdata".decode("utf-8")))
print("data".encode("utf-8-sig"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xffok", errors="replace"))
print(bytes("caf\u00e9", "ascii", "replace"), bytearray("caf\u00e9", "utf-8"))

for bad in [lambda: "x".encode("no-such-codec"), lambda: b"x".decode("nope"),
            lambda: "\u00e9".encode("ascii", "bogus"), lambda: b"\xff".decode("ascii", "xmlcharrefreplace"),
            lambda: str("text", "utf-8"), lambda: b"x".decode(5), lambda: "x".encode(errors=3)]:
    try:
        print(bad())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print("x".encode("no-such-handler-needed"[:0] or "ascii", "bogus"))
