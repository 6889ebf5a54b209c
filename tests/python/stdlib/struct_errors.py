import struct

def attempt(label, fn, *args):
    try:
        result = fn(*args)
    except struct.error as e:
        print(label, "-> struct.error:", e)
    except (TypeError, OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", result)

attempt("bad char", struct.pack, "z", 1)
attempt("count only", struct.calcsize, "12")
attempt("native only code", struct.calcsize, "<P")
attempt("too few", struct.pack, "ii", 1)
attempt("too many", struct.pack, "i", 1, 2)
attempt("byte range", struct.pack, "b", 200)
attempt("ubyte range", struct.pack, "B", -1)
attempt("short native", struct.pack, "h", 70000)
attempt("short big", struct.pack, ">h", 70000)
attempt("ushort", struct.pack, "<H", 70000)
attempt("int", struct.pack, "i", 2**31)
attempt("uint", struct.pack, "I", 2**32)
attempt("std long", struct.pack, "<l", 2**31)
attempt("std ulong", struct.pack, "<L", 2**64 - 1)
attempt("huge", struct.pack, "q", 2**64)
attempt("negative unsigned", struct.pack, "Q", -1)
attempt("not int", struct.pack, "i", 1.0)
attempt("not int str", struct.pack, "i", "7")
attempt("not float", struct.pack, "d", "x")
attempt("half overflow", struct.pack, "<e", 1e6)
attempt("float overflow", struct.pack, "<f", 1e300)
attempt("char", struct.pack, "c", b"ab")
attempt("s needs bytes", struct.pack, "4s", "text")
attempt("unpack size", struct.unpack, "<i", b"abc")
attempt("unpack str", struct.unpack, "<i", "abcd")
attempt("unpack_from short", struct.unpack_from, "<i", b"abcdefg", 5)
attempt("unpack_from neg", struct.unpack_from, "<i", b"abcd", -9)
attempt("iter multiple", struct.iter_unpack, "<i", b"abcdefg")
attempt("iter empty", struct.iter_unpack, "", b"")
attempt("Struct arg", struct.Struct, 5)

class Level:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(struct.pack("<i", Level(42)), struct.pack("<?", Level(0)), struct.pack("<i", True))
try:
    struct.pack("b", 128)
except Exception as e:
    print(type(e), isinstance(e, Exception), e.args)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
