# The format-spec mini-language: fill, align, sign, #, 0, width, grouping, precision and every type.

n = 1234567
for spec in ("", "d", ",", "_", ">12,", "<12", "^12", "=+12,", "012", "+", " ", "-", "x", "X", "#x", "#o", "#b",
             "_b", "_x", "#_X", "n", "e", ".2e", "%", ".1%", "g", ".3g", "*^15,", "010,"):
    print(f"{spec!r:>9} -> {format(n, spec)!r}")
for v in (-42, 0, 255):
    print([format(v, s) for s in ("+05d", "^+7", "#06x", "=8", "b", "#o", ",")])
x = 1234.56789
for spec in ("", "f", ".2f", "10.3f", "<10.1f", "^12.2f", "+.3f", " .1f", ",.2f", "_.4f", "e", ".3E", "g", ".10g",
             ".2g", "G", "%", ".0%", "012.3f", "#.0f", "0=12.2f", "n", "r" if False else ".1f"):
    print(f"{spec!r:>9} -> {format(x, spec)!r}")
for v in (0.0, -0.0, 1e-7, 1e16, 123456789012.0, float("inf"), float("-inf"), float("nan"), 2.5, 1 / 3):
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, "+.2f"), format(v, "10.2%"))
for s, spec in (("text", "<8"), ("text", ">8"), ("text", "^9"), ("text", "*^10"), ("text", ".2"), ("text", "8.3"),
                ("ümlaut", "_>10"), ("", "-^5"), ("x", "0>3"), ("long text", "3")):
    print(repr(format(s, spec)))
for bad, value in (("d", 1.5), ("f", "s"), ("x", 2.5), (",s", "a"), ("=5", "a"), ("+s", "a"), ("c", -1),
                   (".2d", 3), ("#s", "a"), ("10.3.1f", 1.0), (",_", 1), ("+c", 65)):
    try:
        print(repr(format(value, bad)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(format(True, "^6"), format(True, "d"), format(10**30, ","), format(-10**20, "_x"), format(65, "c"), format(0x1F600, "c"))
print(format(12.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"), format(1e300 * 10, "f"))
