"""A hand-written lexer driving pattern.match(text, pos), and an INI parser with re."""
import re

SOURCE = '''\
# settings for the build
name = "jpsyco demo"   ; trailing comment
threads = 4
ratio=0.75
[paths]
src = ./src/main
out = "./build out"
[flags]
debug = yes
level = -3
bad line here
'''

SECTION = re.compile(r"\s*\[(?P<name>[^\]]+)\]\s*$")
ENTRY = re.compile(r"""\s*(?P<key>[A-Za-z_][\w.]*)\s*=\s*
                       (?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<plain>[^;#]*?))\s*(?:[;#].*)?$""", re.X)
COMMENT = re.compile(r"\s*(?:[;#].*)?$")


def parse_ini(text):
    data = {"": {}}
    section = ""
    for lineno, line in enumerate(text.splitlines(), 1):
        if COMMENT.match(line):
            continue
        m = SECTION.match(line)
        if m:
            section = m.group("name").strip()
            data.setdefault(section, {})
            continue
        m = ENTRY.match(line)
        if not m:
            print(f"line {lineno}: cannot parse {line!r}")
            continue
        value = m.group("quoted") if m.group("quoted") is not None else m.group("plain")
        if re.fullmatch(r"-?\d+", value):
            value = int(value)
        elif re.fullmatch(r"-?\d*\.\d+", value):
            value = float(value)
        elif re.fullmatch(r"(?i)yes|true|on", value):
            value = True
        data[section][m.group("key")] = value
    return data


for sec, entries in parse_ini(SOURCE).items():
    print(repr(sec), entries)

TOKENS = [
    ("WS", r"[ \t]+"), ("NEWLINE", r"\n"), ("COMMENT", r"#[^\n]*"), ("FLOAT", r"\d+\.\d*|\.\d+"),
    ("INT", r"\d+"), ("STRING", r'"(?:[^"\\\n]|\\.)*"'), ("NAME", r"[^\W\d]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/=<>(){}\[\],:.]"),
]
MASTER = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in TOKENS))


def lex(text):
    pos = 0
    line = 1
    line_start = 0
    out = []
    while pos < len(text):
        m = MASTER.match(text, pos)
        if m is None:
            col = pos - line_start + 1
            raise SyntaxError(f"bad character {text[pos]!r} at line {line} column {col}")
        kind = m.lastgroup
        if kind == "NEWLINE":
            line += 1
            line_start = m.end()
        elif kind not in ("WS", "COMMENT"):
            out.append((kind, m.group(), line, m.start() - line_start + 1))
        pos = m.end()
    return out


code = 'def área(r):\n    return 3.14159 * r * r  # circle\nprint(área(2), "done\\n", [1, 2.5, .5])\n'
for tok in lex(code):
    print(tok)
try:
    lex("x = 1\ny = @\n")
except SyntaxError as e:
    print("SyntaxError:", e)

word = re.compile(r"\w+")
text = "alpha beta gamma delta"
pos = 0
while True:
    m = word.search(text, pos, 16)
    if not m:
        break
    print(m.group(), m.span(), m.pos, m.endpos)
    pos = m.end()
print(word.match(text, 6).group(), word.fullmatch(text, 6, 10), word.fullmatch(text, 6, 9))
print(re.sub(rb"(?P<w>\w+)=(\d+)", rb"\2:\g<w>", b"a=1 bb=22"), re.match(rb"(\w)(\w)", b"xy").expand(rb"\2\1"))
