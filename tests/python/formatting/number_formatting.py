# Number output as reports print it: tables, currency, percentages, scientific, bases, alignment.

sales = {"north": 1234567.891, "south": 98765.4, "east": 0.5, "west": -4321.0}
total = sum(sales.values())
print(f"{'region':<8}{'amount':>16}{'share':>9}")
for region, amount in sorted(sales.items(), key=lambda kv: -kv[1]):
    print(f"{region:<8}{amount:>16,.2f}{amount / total:>9.1%}")
print(f"{'total':<8}{total:>16,.2f}{1:>9.1%}")
for v in (0, 1, -1, 7, 255, 4096, 65535, 2**32, -2**31):
    print(f"{v:>12} {v:>#12x} {v:>#14o} {v:>#36b}" if v >= 0 else f"{v:>12} {v:>#12x} {v:>#14o}")
for v in (1e-10, 1.5e-5, 0.001, 0.1, 1.0, 12.5, 1234.5, 1e6, 1.23456789e15, 1e22, 6.02214076e23):
    print(f"{v!r:>16} {v:>12.4g} {v:>12.3e} {v:>20,.3f} {v:g}")
for cents in (0, 5, 99, 100, 123456, -250, 100000000):
    sign = "-" if cents < 0 else ""
    print(f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}", end="  ")
print()
durations = [59, 61, 3599, 3600, 86399, 90061]
for secs in durations:
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    print(f"{secs:>6}s = {h:02d}:{m:02d}:{s:02d}", end=" | ")
print()
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1e15 + 0.3, 1), round(-1.5), round(123.456, -1))
print(str(0.1 + 0.2), repr(1 / 3), str(1e16), str(1.5e-7), str(123456789.0), str(1e15), float("1_000.000_1"))
print(int("0b101", 0), int("ff", 16), int("-0o17", 0), hex(-1), oct(64), bin(5)[2:].zfill(8), f"{5:08b}")
print(1 / 7, 2 / 3, 10 / 3, 1e-3 / 3, 100 / 7 * 7, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e308 + 1e308, -1e308 * 10)
print(2 ** 0.5, 10 ** -2, 7 ** 0.5 * 7 ** 0.5, 1.0 * 10 ** 15, 9007199254740993, float(9007199254740993))
