name, n, x = "Ada", 42, 3.14159
print(f"{name} has {n} items costing {x:.2f}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+d}|{-n:d}|{n:x}|{n:#x}|{n:X}|{n:o}|{n:b}|{n:#b}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^9}|{name:.2}|{name!r}|{name!s}")
print(f"{x:10.3f}|{x:<10.1f}|{x:e}|{x:.3e}|{x:g}|{x:%}|{1234567.891:,.2f}|{1234567:,}|{1234567:_}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:f} {1e100:g} {1e-10:g} {123.0:g}")
width, prec = 8, 3
print(f"{x:{width}.{prec}f}|{'nested':>{width}}")
items = [("apple", 1.5, 3), ("banana", 0.25, 12)]
for item, price, qty in items:
    print(f"{item:<10}{price:>8.2f}{qty:>5}{price * qty:>10.3f}")
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{k}={v}".format(k="key", v=1))
print("{:>6}|{:08.3f}|{:,}".format("ab", -3.5, 10 ** 9), "{0[1]} {0[0]}".format(["p", "q"]))
print("{{literal}} {}".format(5), f"{{}} {n}", f"{n}{n}", f"{'q'}")
print("%s is %d years" % ("Bob", 30), "%5.1f%%" % 99.5, "%-6s|" % "ab", "%03d" % 7, "%x %X %o" % (255, 255, 8))
print("%(a)s-%(b)s" % {"a": 1, "b": 2}, "%r" % "s", "%c%c" % (72, "i"), "%+d %+d" % (5, -5))
print(format(255, "x"), format(3.5, ".1f"), format("s", ">3"), format(12))
print(f"{[1, 2]} {(1,)} {dict(a=1)} {None} {True:d} {True}")
