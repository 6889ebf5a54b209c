print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format(255, "#X"))
print(format(1234567.891, ",.2f"), format(1234567, "_"), format(0.25, "%"), format(0.0314, ".1%"))
print(format("hi", "^10"), format("hi", "*>6"), format("hi", "<4") + "|", format(-42, "=+8"))
print(format(12345.678, "e"), format(12345.678, ".3g"), format(0.00001234, "g"), format(1e20, "g"))
print(format(5), format("x"), format(None), format([1, 2]), format(True), format(True, "d"))
print(format(1.0), format(1e16), format(1.5, ""))
print(format(10, "c"), format(65, "c"), format(-0.0, "+.1f"), format(float("inf"), "10.2f") + "|")
print(format(123, "+"), format(123, " "), format(-123, " "), format(42, "o"), format(42, "#o"))
print(format(1 / 3, ".20f"), format(2 ** 64, ","), format(10 ** 30, "e"))


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"


t = Temp(21.5)
print(format(t, ".1F"), format(t, ".0f"), f"{t:.2F}", "{:5}".format(t))
for value, spec in ((1.5, "d"), ("s", "d"), (3, "s")):
    try:
        print(format(value, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print(ascii("caf\u00e9 \u4e2d \U0001F600"), ascii([1, "\u00e9"]), repr("caf\u00e9"), ascii(b"x"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f"))
print(repr(1.0), repr(-0.0), repr(1e-7), repr(123456789012345678.0), repr(0.1 + 0.2))
print(str(b"abc"), repr(bytearray(b"\x00a")), repr(None), str(...), repr(NotImplemented))
print(chr(65), chr(0x4e2d), chr(0x1F600), ord("A"), ord("\u4e2d"), ord(b"a"), ord(bytearray(b"z")))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "ab", b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
