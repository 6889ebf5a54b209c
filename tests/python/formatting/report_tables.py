# A small report generator mixing str.format, f-strings and % formatting for aligned tables.

data = [
    ("Espresso", "coffee", 2.5, 120),
    ("Latte", "coffee", 3.75, 310),
    ("Green tea", "tea", 2.0, 45),
    ("Hot chocolate", "other", 3.1, 88),
    ("Chai", "tea", 3.3, 150),
]
cols = ("Item", "Kind", "Price", "Sold", "Revenue")
widths = [max(len(cols[0]), max(len(r[0]) for r in data)), 6, 7, 5, 10]
print(" ".join(f"{c:^{w}}" for c, w in zip(cols, widths)))
print(" ".join("-" * w for w in widths))
total = 0
for name, kind, price, sold in data:
    revenue = price * sold
    total += revenue
    print("{:<{}} {:<6} {:>7.2f} {:>5d} {:>10,.2f}".format(name, widths[0], kind, price, sold, revenue))
print("%-*s %s %7s %5d %10s" % (widths[0], "TOTAL", " " * 6, "", sum(r[3] for r in data), f"{total:,.2f}"))
by_kind = {}
for _, kind, price, sold in data:
    by_kind[kind] = by_kind.get(kind, 0) + price * sold
for kind, rev in sorted(by_kind.items(), key=lambda kv: -kv[1]):
    bar = "#" * round(rev / total * 40)
    print(f"{kind:>6} {rev:9.2f} {rev / total:6.1%} {bar}")
print(f"{'avg price':>12}: {sum(r[2] for r in data) / len(data):.3f}")
print("{:>12}: {}".format("best seller", max(data, key=lambda r: r[3])[0]))
print("%12s: %s" % ("cheapest", min(data, key=lambda r: r[2])[0]))
for n in (0, 1, 2, 5):
    print(f"{n} item{'s' if n != 1 else ''}", end="; ")
print()
print("|".join(f"{i:^5}" for i in range(5)), "|".join("%-3d" % i for i in range(3)), "{:*<20}".format(""))
