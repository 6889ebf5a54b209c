import os

NAME = "_open_modes_demo.txt"
BIN = "_open_modes_demo.bin"

with open(NAME, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n, f.closed, f.name, f.mode)
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "r") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(NAME) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(NAME, "a") as f:
    f.write("\nappended")
with open(NAME) as f:
    print(f.read().splitlines()[-2:])
with open(NAME, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(f.readline().strip(), f.tell())
with open(NAME, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u4e2d\u6587 \U0001F600\n")
with open(NAME, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(NAME, encoding="utf-8") as f:
    text = f.read()
print(text, len(text))
with open(NAME, "w", encoding="latin-1") as f:
    f.write("na\u00efve \u00e9t\u00e9")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(f.read())
with open(BIN, "wb") as f:
    f.write(bytes(range(0, 256, 17)))
    f.write(b"\r\n")
with open(BIN, "rb") as f:
    data = f.read()
    print(data, f.tell())
    f.seek(2)
    print(f.read(3), f.read(1))
with open(BIN, "ab") as f:
    f.write(bytearray(b"tail"))
print(os.path.getsize(BIN), os.path.exists(BIN))
with open(NAME, "w", newline="") as f:
    f.write("a\r\nb\n")
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, newline="") as f:
    print(repr(f.read()))
try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    with open(NAME, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
for mode in ("rw", "bad", "rt+b", "wa"):
    try:
        open(NAME, mode)
    except ValueError as e:
        print(f"{mode!r}: ValueError: {e}")
try:
    open(BIN, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
with open(NAME, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open(BIN, "wb") as f:
    try:
        f.write("str")
    except TypeError as e:
        print("TypeError:", e)
f = open(NAME, "w")
f.write("closed later")
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
with open(NAME) as f:
    print(f.read(6), f.readable(), f.writable(), f.seekable())
with open(NAME, "w") as out:
    print("via print", 1, 2, sep="|", file=out)
with open(NAME) as f:
    print(repr(f.read()))
os.remove(NAME)
os.remove(BIN)
print(os.path.exists(NAME), os.path.exists(BIN))
