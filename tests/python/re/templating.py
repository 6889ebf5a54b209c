"""A tiny template engine and text clean-ups built on re.sub."""
import re

TEMPLATE = """Dear {{ name }},
Your order #{{order.id}} of {{ order.count }} item(s) ships on {{ date|upper }}.
Total: {{ total|money }} {{ missing|default:n/a }}
{# a comment that disappears #}Thanks, {{ shop }}!"""

FILTERS = {
    "upper": lambda v, arg: str(v).upper(),
    "money": lambda v, arg: f"${v:,.2f}",
    "default": lambda v, arg: arg if v is None else v,
}


def lookup(ctx, path):
    value = ctx
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        else:
            value = getattr(value, part, None)
    return value


def render(template, ctx):
    template = re.sub(r"\{#.*?#\}", "", template, flags=re.S)

    def replace(m):
        value = lookup(ctx, m.group("path"))
        for f in re.finditer(r"\|(\w+)(?::([^|}]*))?", m.group("filters") or ""):
            value = FILTERS[f.group(1)](value, f.group(2))
        return str(value)

    return re.sub(r"\{\{\s*(?P<path>[\w.]+)(?P<filters>(?:\|\w+(?::[^|}]*)?)*)\s*\}\}", replace, template)


ctx = {"name": "Ada", "order": {"id": 1042, "count": 3}, "date": "mon 4 march",
       "total": 1234.5, "shop": "Widgets & Co"}
print(render(TEMPLATE, ctx))

# Backreferences in replacement strings.
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+)@(?P<dom>[\w.]+)", r"\g<dom> at \g<first> (\g<0>)", "ada@math.org, bob@x.io"))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1 b22"))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here "))
print(re.sub(r"^\s+|\s+$", "", "   trimmed   "))
print(re.subn(r"colou?r", "hue", "color, colour, colr"))
print(re.sub(r"(?i)python", "Python", "PYTHON python PyThOn", count=2))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"\b", "|", "two words"))
print(re.sub("a", r"\n\t\\", "bab") == "b\n\t\\b")
print(re.sub(r"(a)|b", r"[\1]", "abc"))
snake = lambda s: re.sub(r"(?<!^)(?=[A-Z])", "_", s).lower()
camel = lambda s: re.sub(r"_([a-z])", lambda m: m.group(1).upper(), s)
for name in ["parseHTTPResponse", "getX", "simple", "HTMLParser"]:
    print(name, "->", snake(name), "->", camel(snake(name)))
print(re.escape("price: $5.00 (approx.) [50% off] a+b=c?"))
words = ["c++", "1.5", "a|b"]
alt = re.compile("|".join(map(re.escape, words)))
print(alt.findall("use c++ not c, 1.5 vs 105, a|b or ab"))
m = re.match(r"(\w+)-(\d+)", "item-42")
print(m.expand(r"\2:\1"), m.expand(r"\g<2>\g<1>"))
