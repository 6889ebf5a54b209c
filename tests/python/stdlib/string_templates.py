# Mail-merge style report generation with string.Template and string.Formatter.
import string
from string import Template

print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("the quick  brown\tfox"), string.capwords("a-b-c", "-"), string.capwords(" x "))

letter = Template("Dear $name,\nYour order #${order_id} of $$${amount} ships ${when}.\n")
customers = [
    {"name": "Ada", "order_id": 17, "amount": "12.50", "when": "today"},
    {"name": "Linus", "order_id": 18, "amount": "3.00", "when": "tomorrow"},
]
for c in customers:
    print(letter.substitute(c), end="")
print(letter.substitute(customers[0], when="never"), end="")
print(letter.safe_substitute(name="Guido"), end="")
print(letter.get_identifiers(), letter.is_valid(), letter.template.count("$"))

for bad in ["Total: $", "Cost: $5", "x ${y", "line1\nline2 $ end", "${}"]:
    t = Template(bad)
    try:
        t.substitute(y=1)
    except ValueError as e:
        print("ValueError:", e)
    print("safe:", repr(t.safe_substitute(y=1)), t.is_valid())
try:
    Template("$who likes $what").substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)

class PercentTemplate(Template):
    delimiter = "%"

print(PercentTemplate("%greeting, %%%name!").substitute(greeting="Hi", name="Bob"))

f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{name:>8}|{x:.3f}", name="pad", x=3.14159))
print(f.format("{p.real} {items[1]} {items[0]!r}", p=3 + 4j, items=["q", "r"]))
print(f.format("{:{width}.{prec}}", 2.718281828, width=10, prec=3))
print(list(f.parse("a{0}b{x!r:>3}{{c}}")))

class UpperFormatter(string.Formatter):
    def format_field(self, value, spec):
        if spec == "upper":
            return str(value).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

uf = UpperFormatter()
print(uf.format("{who:upper} says {what} to {missing}", who="alice", what="hello"))
for bad in ["{", "}", "{0}{}", "{!x}", "{a.}", "{0[}"]:
    try:
        f.format(bad, 1, a=2)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
