# A table printer built on string.Formatter with custom conversions.
import string

class TableFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "t":
            return str(value).title()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - {k for k in used_args if isinstance(k, str)}
        if unused:
            raise KeyError("unused: " + ", ".join(sorted(unused)))

fmt = TableFormatter()
rows = [("widget", 3, 2.5), ("gadget", 12, 19.99), ("thing", 1, 0.5)]
line = "{0!t:<10}|{1:>4}|{2:>8.2f}|{3!u}"
for name, qty, price in rows:
    print(fmt.format(line, name, qty, price, "ok" if qty > 1 else "low"))
print(fmt.format("{a}-{b}", a=1, b=2))
try:
    fmt.format("{a}", a=1, b=2)
except KeyError as e:
    print("KeyError:", e)
try:
    fmt.format("{0!z}", 1)
except ValueError as e:
    print("ValueError:", e)

print(fmt.vformat("{x[0]}/{x[1]}/{y.imag}", (), {"x": [10, 20], "y": 2j}))
print(fmt.format("{:*^{}}", "mid", 11), fmt.format("{0:{1}{2}}", 42, ">", 6))
for part in fmt.parse("Total: {total:,} ({pct:.1%}) {{literal}} end"):
    print(part)

tmpl = string.Template("$item costs $$$price (${discount}% off)")
print(tmpl.substitute(item="Tea", price=4, discount=10))
print(tmpl.safe_substitute({"item": "Coffee"}))
print(string.Template("$a$b ${a}x $$a").substitute(a="A", b="B"))

class Braces(string.Template):
    delimiter = "#"
print(Braces("#x and #{y} and ##").substitute(x=1, y=2))
print(string.capwords("hello   wide\tworld"), string.capwords("o'neil mc-donald"))
print("".join(c for c in "a1b2c3" if c in string.digits), string.ascii_uppercase[::5])
