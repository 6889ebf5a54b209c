"""Integer format specs on ints that fit 64 bits, the 64-bit extremes and bignums."""
values = [0, 7, -7, 255, -255, 1234567, -1234567, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**30, -(10**30), True]
specs = ["", "d", ",", "_", "+,", " d", "x", "#x", "X", "#X", "_x", "o", "#o", "b", "#b", "_b", "08d", "+08,",
         "^12", "<10x", "=+12,", "*>15_", "n", "020_b"]
for v in values:
    print(v, " | ".join(format(v, s) for s in specs))
    print(f"{v:,} {v:#x} {v:>+20_} ${v // 100:,}.{v % 100:02d}")
for bad in ["c", ".2d", ",c", "_c"]:
    try:
        print(format(-5, bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(65, "c"), format(0x1F600, "c"), "%5d|%-5d|%05d|%x|%X|%o" % (42, 42, 42, 255, 255, 8))
