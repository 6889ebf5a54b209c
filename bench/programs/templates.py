"""A string template engine: a tokenizer for {{ expr }} and {% for/if %} tags, a compiled
node tree, dotted-name lookup through dicts and attributes, filters, escaping, and
string building with lists, join, format and f-strings."""
import sys

TEMPLATE = """<html><head><title>{{ title|upper }}</title></head>
<body>
<h1>{{ title }}</h1>
<p>Generated for {{ user.name }} ({{ user.email|escape }}), {{ items|length }} items.</p>
<table>
{% for item in items %}<tr class="{% if item.featured %}hot{% else %}plain{% endif %}">
  <td>{{ item.id }}</td><td>{{ item.name|escape }}</td><td>{{ item.price|money }}</td>
  <td>{% for tag in item.tags %}<span>{{ tag|lower }}</span>{% endfor %}</td>
</tr>
{% endfor %}</table>
<footer>{{ footer|escape }}</footer>
</body></html>
"""


class Product:
    def __init__(self, ident, name, price, tags, featured):
        self.id = ident
        self.name = name
        self.price = price
        self.tags = tags
        self.featured = featured


def escape(s):
    s = str(s)
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    if '"' in s:
        s = s.replace('"', "&quot;")
    return s


FILTERS = {
    "upper": lambda v: str(v).upper(),
    "lower": lambda v: str(v).lower(),
    "escape": escape,
    "length": lambda v: len(v),
    "money": lambda v: f"${v // 100:,}.{v % 100:02d}",
}


def tokenize(source):
    tokens = []
    pos = 0
    while True:
        start = source.find("{", pos)
        while start != -1 and source[start + 1:start + 2] not in ("{", "%"):
            start = source.find("{", start + 1)
        if start == -1:
            tokens.append(("text", source[pos:]))
            return tokens
        if start > pos:
            tokens.append(("text", source[pos:start]))
        closer = "}}" if source[start + 1] == "{" else "%}"
        end = source.index(closer, start)
        kind = "var" if closer == "}}" else "tag"
        tokens.append((kind, source[start + 2:end].strip()))
        pos = end + 2


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, ctx, out):
        out.append(self.text)


class Var:
    def __init__(self, expr):
        parts = expr.split("|")
        self.path = parts[0].strip().split(".")
        self.filters = [FILTERS[f.strip()] for f in parts[1:]]

    def render(self, ctx, out):
        value = lookup(ctx, self.path)
        for f in self.filters:
            value = f(value)
        out.append(value if isinstance(value, str) else str(value))


class For:
    def __init__(self, name, path, body):
        self.name = name
        self.path = path
        self.body = body

    def render(self, ctx, out):
        saved = ctx.get(self.name)
        for value in lookup(ctx, self.path):
            ctx[self.name] = value
            for node in self.body:
                node.render(ctx, out)
        ctx[self.name] = saved


class If:
    def __init__(self, path, then, otherwise):
        self.path = path
        self.then = then
        self.otherwise = otherwise

    def render(self, ctx, out):
        for node in (self.then if lookup(ctx, self.path) else self.otherwise):
            node.render(ctx, out)


def lookup(ctx, path):
    value = ctx[path[0]]
    for name in path[1:]:
        if isinstance(value, dict):
            value = value[name]
        else:
            value = getattr(value, name)
    return value


def parse(tokens, pos=0, until=()):
    nodes = []
    while pos < len(tokens):
        kind, text = tokens[pos]
        if kind == "text":
            nodes.append(Text(text))
        elif kind == "var":
            nodes.append(Var(text))
        else:
            words = text.split()
            if words[0] in until:
                return nodes, pos
            if words[0] == "for":
                body, pos = parse(tokens, pos + 1, ("endfor",))
                nodes.append(For(words[1], words[3].split("."), body))
            elif words[0] == "if":
                then, pos = parse(tokens, pos + 1, ("else", "endif"))
                otherwise = []
                if tokens[pos][1] == "else":
                    otherwise, pos = parse(tokens, pos + 1, ("endif",))
                nodes.append(If(words[1].split("."), then, otherwise))
            else:
                raise SyntaxError("unknown tag " + words[0])
        pos += 1
    return nodes, pos


def compile_template(source):
    nodes, _ = parse(tokenize(source))
    return nodes


def render(nodes, ctx):
    out = []
    for node in nodes:
        node.render(ctx, out)
    return "".join(out)


def main(pages):
    products = []
    for i in range(60):
        name = "Widget <%d> & \"co\"" % i if i % 5 == 0 else "Gadget number %d" % i
        tags = ["Tag%d" % ((i * k) % 13) for k in range(i % 4)]
        products.append(Product(i, name, i * 1999 + 5, tags, i % 3 == 0))
    total = 0
    checksum = 0
    for page in range(pages):
        nodes = compile_template(TEMPLATE)
        ctx = {
            "title": "catalogue page %d" % page,
            "user": {"name": "user%d" % (page % 17), "email": "u%d@example.org <main>" % page},
            "items": products[page % 10:],
            "footer": "(c) {} & sons".format(2000 + page % 30),
        }
        html = render(nodes, ctx)
        total += len(html)
        checksum = (checksum * 7 + sum(map(ord, html[-40:])) + html.count("<span>")) % 1000000007
    print("pages %d characters %d checksum %d" % (pages, total, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9000)
