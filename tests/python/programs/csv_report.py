"""A CSV-ish sales report: parsing, validation, aggregation and a formatted table."""
import io
from collections import defaultdict
from operator import itemgetter

RAW = """region,rep,month,units,unit_price
North,Ann,2024-01,12,9.99
North,Bob,2024-01,7,19.50
South,Cy,2024-01,30,4.25
North,Ann,2024-02,15,9.99
South,Cy,2024-02,,4.25
East,Dee,2024-02,8,12.00
South,Eve,2024-02,22,4.25
East,Dee,2024-03,11,12.00
North,Bob,2024-03,9,19.50
West,"Fay, Jr.",2024-03,5,30.00
South,Cy,2024-03,abc,4.25
"""


def split_csv(line):
    fields, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append("".join(cur))
    return fields


def parse(text):
    lines = io.StringIO(text).read().splitlines()
    header = split_csv(lines[0])
    rows, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        rec = dict(zip(header, split_csv(line)))
        try:
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as e:
            errors.append(f"line {n}: {e}")
            continue
        rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
        rows.append(rec)
    return rows, errors


rows, errors = parse(RAW)
print(f"{len(rows)} rows, {len(errors)} errors")
for e in errors:
    print("  ", e)
by_region = defaultdict(lambda: {"units": 0, "revenue": 0.0, "reps": set()})
for r in rows:
    agg = by_region[r["region"]]
    agg["units"] += r["units"]
    agg["revenue"] += r["revenue"]
    agg["reps"].add(r["rep"])
print(f"{'Region':<8}|{'Units':>7}|{'Revenue':>10}|{'Reps':>5}")
print("-" * 33)
for region, agg in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{region:<8}|{agg['units']:>7}|{agg['revenue']:>10.2f}|{len(agg['reps']):>5}")
months = sorted({r["month"] for r in rows})
reps = sorted({r["rep"] for r in rows})
print("rep".ljust(10) + "".join(m[-2:].rjust(8) for m in months) + "total".rjust(9))
for rep in reps:
    cells = [sum(r["revenue"] for r in rows if r["rep"] == rep and r["month"] == m) for m in months]
    print(rep.ljust(10) + "".join(f"{c:8.2f}" if c else "       -" for c in cells) + f"{sum(cells):9.2f}")
best = max(rows, key=itemgetter("revenue"))
print("best sale:", best["rep"], best["month"], best["revenue"])
out = io.StringIO()
out.write("region,revenue\n")
for region in sorted(by_region):
    out.write(f"{region},{by_region[region]['revenue']:.2f}\n")
print(out.getvalue(), end="")
