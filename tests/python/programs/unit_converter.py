"""Unit conversion with a table of factors, temperature functions and formatted output."""

LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000.0}
TEMPS = {
    ("C", "F"): lambda c: c * 9 / 5 + 32,
    ("F", "C"): lambda f: (f - 32) * 5 / 9,
    ("C", "K"): lambda c: c + 273.15,
    ("K", "C"): lambda k: k - 273.15,
}


class ConversionError(ValueError):
    pass


def convert(value, src, dst):
    if (src, dst) in TEMPS:
        return TEMPS[src, dst](value)
    if src in ("F", "K") and dst in ("F", "K"):
        return convert(convert(value, src, "C"), "C", dst)
    for table in (LENGTH, MASS):
        if src in table and dst in table:
            return value * table[src] / table[dst]
    raise ConversionError(f"cannot convert {src} to {dst}")


queries = [(1, "mi", "km"), (100, "cm", "in"), (6, "ft", "m"), (5, "km", "mi"), (1, "lb", "g"), (16, "oz", "lb"),
           (100, "C", "F"), (-40, "F", "C"), (0, "K", "F"), (98.6, "F", "K"), (3, "kg", "m"), (1, "t", "lb")]
for value, src, dst in queries:
    try:
        result = convert(value, src, dst)
        print(f"{value:>7g} {src:<2} = {result:>12.4f} {dst:<2} ({result:.3e})")
    except ConversionError as e:
        print(f"{value:>7g} {src:<2} : error: {e}")
print(round(convert(convert(1, "mi", "ft"), "ft", "mi"), 12), convert(0, "C", "C") if ("C", "C") in TEMPS else "n/a")
table = [[f"{convert(1, a, b):.4g}" for b in ("mm", "in", "ft", "m")] for a in ("mm", "in", "ft", "m")]
print(f"{'':>4}" + "".join(f"{u:>10}" for u in ("mm", "in", "ft", "m")))
for unit, row in zip(("mm", "in", "ft", "m"), table):
    print(f"{unit:>4}" + "".join(f"{v:>10}" for v in row))
