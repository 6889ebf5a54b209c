# printf-style % formatting: every conversion, flags, widths from *, mappings and the errors.

print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%08.3f|%-8.2f|%+.1e|%E" % (3.14159, 2.5, 12345.678, 0.00012))
print("%g %g %g %G %#g" % (0.0001, 1234567.0, 1e-5, 1e20, 2.0), "%.3g|%10.4g|%-10g|" % (3.14159, 2.0 / 3, 100.0))
print("%s %r %a" % ("é", "é", "é"), "%c%c%c" % (72, "i", 33), "%%" % (), "100%%" % ())
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159), "%(name)s is %(age)d" % {"name": "ann", "age": 30})
print("%(x)05.1f %(x)r" % {"x": 2.25}, "%d%%" % 50, "%s" % "only", "%d" % True, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%x" % -255, "%o" % -8, "%d" % 10**25, "%x" % 2**70, "%e" % 10**20, "%.2f" % 1e16, "%f" % float("inf"), "%F" % float("nan"))
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.999)]
print("%-12s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-12s %5d %8.2f" % (name, qty, price))
print("%-12s %5d %8.2f" % ("total", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", (1,)), ("%c", 1114112),
                  ("%c", "ab"), ("%(k)s", {}), ("%", ()), ("%*d", ("a", 1)), ("%x", 1.5), ("%s %s", [1, 2])]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%s and %s" % ("a", "b"), "%s" % {"k": 1}, "%(a)s %(a)s" % {"a": 1}, "%i|%5.2d" % (3.9, 7))


class Obj:
    def __str__(self):
        return "S"

    def __repr__(self):
        return "R"


print("%s %r %a %5s" % (Obj(), Obj(), Obj(), Obj()), "%.1s" % Obj())
