"""Renders data as aligned text tables in several styles, with wrapping and totals."""
import textwrap

ROWS = [
    {"city": "Tokyo", "country": "Japan", "pop": 37_400_068, "area": 2194.07, "note": "largest metro area"},
    {"city": "Delhi", "country": "India", "pop": 28_514_000, "area": 1484.0, "note": ""},
    {"city": "São Paulo", "country": "Brazil", "pop": 21_650_000, "area": 1521.11, "note": "southern hemisphere's biggest"},
    {"city": "Zürich", "country": "Switzerland", "pop": 421_878, "area": 87.88, "note": "small but rich"},
]
COLUMNS = [("city", "City", "<", "{}"), ("country", "Country", "<", "{}"), ("pop", "Population", ">", "{:,}"),
           ("area", "Area km²", ">", "{:.1f}"), ("density", "Density", ">", "{:,.0f}")]
for r in ROWS:
    r["density"] = r["pop"] / r["area"]


def render(rows, style="grid"):
    cells = [[fmt.format(r[key]) for key, _, _, fmt in COLUMNS] for r in rows]
    heads = [title for _, title, _, _ in COLUMNS]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
    aligns = [a for _, _, a, _ in COLUMNS]

    def line(values):
        parts = [f"{v:{a}{w}}" for v, a, w in zip(values, aligns, widths)]
        if style == "grid":
            return "| " + " | ".join(parts) + " |"
        if style == "plain":
            return "  ".join(parts).rstrip()
        return ",".join(v.strip() for v in values)

    out = []
    if style == "grid":
        sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        out += [sep, line(heads), sep.replace("-", "=")]
        out += [line(c) for c in cells]
        out.append(sep)
    else:
        out.append(line(heads))
        if style == "plain":
            out.append("  ".join("-" * w for w in widths))
        out += [line(c) for c in cells]
    return "\n".join(out)


for style in ("grid", "plain", "csv"):
    print(render(ROWS, style))
    print()
total_pop = sum(r["pop"] for r in ROWS)
print(f"total population {total_pop:,} ({total_pop / 1e6:.2f} million), mean area {sum(r['area'] for r in ROWS) / len(ROWS):.2f}")
for r in ROWS:
    if r["note"]:
        wrapped = textwrap.wrap(r["note"], 14)
        print(f"{r['city']:<10}" + ("\n" + " " * 10).join(wrapped))
print(f"{'centered':^20}|{'right':>8}|{'left':<8}|{3.14159:^10.3f}|{-42:^+7d}|")
