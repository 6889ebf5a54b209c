# Builds a sales report from a CSV export and writes a summary CSV, as a small business script would.
import csv
import os
import shutil
import tempfile
from collections import defaultdict

root = tempfile.mkdtemp()
src = os.path.join(root, "sales.csv")
rows = [
    ("2024-01-03", "Oslo", "Widget", 3, 9.99, "first order"),
    ("2024-01-04", "Bergen", "Gadget, large", 1, 24.5, 'said "thanks"'),
    ("2024-01-09", "Oslo", "Widget", 10, 9.49, "bulk\nsecond line"),
    ("2024-02-01", "Trondheim", "Doohickey", 2, 3.25, ""),
    ("2024-02-11", "Bergen", "Widget", 4, 9.99, None),
    ("2024-02-15", "Oslo", "Gadget, large", 2, 23.0, "repeat"),
]
with open(src, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "city", "product", "qty", "price", "note"])
    w.writerows(rows)

with open(src, newline="") as f:
    raw = f.read()
print(repr(raw[:120]))

totals = defaultdict(float)
by_month = defaultdict(lambda: defaultdict(int))
with open(src, newline="") as f:
    reader = csv.DictReader(f)
    print("columns:", reader.fieldnames)
    for rec in reader:
        amount = int(rec["qty"]) * float(rec["price"])
        totals[rec["city"]] += amount
        by_month[rec["date"][:7]][rec["product"]] += int(rec["qty"])
        if "\n" in rec["note"] or '"' in rec["note"]:
            print("line", reader.line_num, "note:", repr(rec["note"]))

out = os.path.join(root, "summary.tsv")
with open(out, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["city", "total", "share"], dialect="excel-tab")
    w.writeheader()
    grand = sum(totals.values())
    for city in sorted(totals, key=totals.get, reverse=True):
        w.writerow({"city": city, "total": f"{totals[city]:.2f}", "share": round(totals[city] / grand, 3)})
with open(out, newline="") as f:
    print(f.read().replace("\t", " | "), end="")

with open(out, newline="") as f:
    for row in csv.reader(f, delimiter="\t"):
        print(row)

for month in sorted(by_month):
    items = ", ".join(f"{p}={q}" for p, q in sorted(by_month[month].items()))
    print(month, items)

# Numbers in, numbers out: QUOTE_NONNUMERIC turns unquoted fields into floats.
num = os.path.join(root, "num.csv")
with open(num, "w", newline="") as f:
    csv.writer(f, quoting=csv.QUOTE_NONNUMERIC).writerows([["x", 1, 2.5], ["y", -3, 1e10]])
with open(num, newline="") as f:
    print(f.read().splitlines())
with open(num, newline="") as f:
    for row in csv.reader(f, quoting=csv.QUOTE_NONNUMERIC):
        print(row, [type(v).__name__ for v in row])

sample = open(src, newline="").read(200)
sniffer = csv.Sniffer()
print("sniffed delimiter:", repr(sniffer.sniff(sample).delimiter), "header:", sniffer.has_header(sample))
shutil.rmtree(root)
