# Lone surrogates in str: file names decoded with surrogateescape, data passed through
# surrogatepass, and the usual str operations on them.
lone = "\ud800"
print(len(lone), repr(lone), ascii(lone), hex(ord(lone)), lone == chr(0xD800))
text = "a\udcffb"
print(repr(text), len(text), repr(text[1]), text[1] == "\udcff", text.index("\udcff"), repr(text[::-1]))
print(repr(text.upper()), text.isprintable(), "\udcff".isalpha(), repr("x\udc80y".split("\udc80")))

raw_names = [b"report.txt", b"caf\xe9.txt", b"\xff\xfe-data", b"ok\xc3\xa9"]
for raw in raw_names:
    name = raw.decode("utf-8", "surrogateescape")
    back = name.encode("utf-8", "surrogateescape")
    print(ascii(name), len(name), back == raw)

for errors in ["surrogatepass", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
    try:
        print(errors, "x\ud800y".encode("utf-8", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e)
try:
    lone.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
    print(e)
packed = "id-\udbff".encode("utf-8", "surrogatepass")
print(packed, ascii(packed.decode("utf-8", "surrogatepass")))
try:
    packed.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(sorted(["\ud800", "z", "\uffff", "a"], key=ord) == ["a", "z", "\ud800", "\uffff"])
print({"\udc80": 1}["\udc80"], "\udc80" in {"\udc80"}, ascii(f"<{lone}>"), ascii("%s|" % lone))
print(ascii(lone.join(["p", "q"])), ascii("abc".replace("b", "\udfff")), ascii(str(lone)))
