# The Unicode errors built by hand, as codec writers and tests do.

def show(exc):
    print(type(exc).__name__, "|", exc, "|", repr(exc))
    print("  args:", exc.args)

show(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"))
show(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad pair"))
show(UnicodeDecodeError("shift_jis", bytearray(b"ab\x81"), 2, 3, "incomplete multibyte sequence"))
show(UnicodeEncodeError("ascii", "h\xe9\u1234\U00012345", 1, 2, "ordinal not in range(128)"))
show(UnicodeEncodeError("ascii", "h\xe9\u1234\U00012345", 2, 3, "ordinal not in range(128)"))
show(UnicodeEncodeError("ascii", "h\xe9\u1234\U00012345", 3, 4, "ordinal not in range(128)"))
show(UnicodeEncodeError("ascii", "h\xe9\u1234\U00012345", 1, 4, "ordinal not in range(128)"))
show(UnicodeTranslateError("h\xe9", 1, 2, "no mapping"))
show(UnicodeTranslateError("h\xe9", 0, 2, "no mapping"))

e = UnicodeDecodeError("utf-8", bytearray(b"\xffabc"), 0, 1, "invalid start byte")
print(type(e.object).__name__, e.object, e.encoding, e.start, e.end, e.reason)
e.reason = "patched reason"
e.start, e.end = 1, 3
print(e)
print(UnicodeTranslateError("abc", 0, 1, "r").encoding)
print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeDecodeError.__mro__[1:3])

for args in [("utf-8", "text", 0, 1, "r"), ("utf-8", b"x", 0, 1), (1, b"x", 0, 1, "r"),
             ("u", b"x", "a", 1, "r"), ("ascii", b"x", 0, 1, "r")]:
    for cls in (UnicodeDecodeError, UnicodeEncodeError):
        try:
            print(cls(*args))
        except TypeError as err:
            print(cls.__name__, "TypeError:", err)


class StrictCodecError(UnicodeDecodeError):
    def __init__(self, data, pos):
        super().__init__("strict-codec", data, pos, pos + 1, "rejected")
        self.data = data


try:
    raise StrictCodecError(b"ab\x80", 2)
except UnicodeError as err:
    print(type(err).__name__, err, err.data)

try:
    b"\xc3(".decode()
except ValueError as err:
    print("caught as ValueError:", err)
    print(err.object[err.start:err.end])
