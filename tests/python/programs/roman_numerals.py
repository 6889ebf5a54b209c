"""Roman numerals both ways, with validation and round-trip checks."""
import re

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
PATTERN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    if not s or not PATTERN.match(s):
        raise ValueError(f"invalid roman numeral {s!r}")
    table = dict((sym, v) for v, sym in VALUES if len(sym) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        va, vb = table[a], table.get(b, 0)
        total += -va if va < vb else va
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    r = to_roman(n)
    print(f"{n:>5} -> {r:<15} -> {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), to_roman(3888))
for bad in (0, 4000, -5, 2.5, True, "X"):
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("IIII", "VX", "MMMM", "", "IC", "abc", "xiv"):
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
print(sorted(["XIV", "III", "MC", "IX"], key=from_roman))
print(" ".join(to_roman(y) for y in range(2020, 2027)))
