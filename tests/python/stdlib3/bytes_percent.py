"""printf-style formatting of bytes and bytearray (PEP 461)."""


def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Tag:
    def __init__(self, name):
        self.name = name

    def __bytes__(self):
        return b"<" + self.name.encode() + b">"


rows = [(b"apple", 3, 0.5), (b"kiwi", 12, 0.25), (b"fig", 100, 1.125)]
for name, qty, price in rows:
    print((b"%-8s|%4d|%7.3f|%#06x" % (name, qty, price, qty)).decode())
print(b"%(name)s=%(value)d" % {b"name": b"width", b"value": 80})
print(b"%s and %b" % (bytearray(b"ba"), memoryview(b"mv")), bytearray(b"%d%%") % 50)
print(b"%c%c%c" % (72, b"i", 33), b"%r %a" % ("\u00e9", b"x"), b"%s" % Tag("t"), bytes(Tag("u")))
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), b"%i %u %o %X %e %g" % (True, 3, 8, 255, 12345.678, 1e-5))
print(b"%+d % d %05.1f %.2s" % (5, 5, 2.25, b"xyz"))
show(b"%s", "text")
show(b"%c", 256)
show(b"%c", b"ab")
show(b"%c", "a")
show(b"%s %s", (b"one",))
show(b"%s", (b"a", b"b"))
show(b"%d", "x")
show(b"%z", 1)
show(b"%", ())
show(b"%(key)s", {"key": b"str key"})
show(b"plain", ())
show(b"plain", 5)
show(b"%x", 2.5)
