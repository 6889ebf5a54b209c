import os

# Text files in several encodings, and what happens when the bytes do not fit.
name = "jpsyco_test_encodings.tmp"
lines = ["caf\u00e9\n", "na\u00efve r\u00e9sum\u00e9\n", "plain\n"]

for enc in ("utf-8", "latin-1", "utf-16", "utf-32-be", "utf-8-sig"):
    with open(name, "w", encoding=enc) as f:
        f.writelines(lines)
        f.write("end")
    with open(name, encoding=enc) as f:
        print(enc, f.encoding, f.read().splitlines())
    print(os.path.getsize(name))

with open(name, "w", encoding="latin-1") as f:
    f.write("caf\u00e9 \u00e0 la carte\n")
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("reading latin-1 as utf-8:", e)
with open(name, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(name, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))

try:
    with open(name, "w", encoding="ascii") as f:
        f.write("price: 5\u20ac")
except UnicodeEncodeError as e:
    print("writing euro as ascii:", e)
with open(name, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("price: 5\u20ac")
with open(name) as f:
    print(f.read())

try:
    open(name, encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)
os.remove(name)
