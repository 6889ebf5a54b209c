"""A calculator: tokenize with one alternation of named groups, then evaluate."""
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%(),=])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
""", re.VERBOSE)


class Lexer:
    def __init__(self, text):
        self.tokens = []
        for m in TOKEN.finditer(text):
            kind = m.lastgroup
            value = m.group()
            if kind == "SKIP":
                continue
            if kind == "MISMATCH":
                raise SyntaxError(f"unexpected {value!r} at column {m.start() + 1}")
            if kind == "NUMBER":
                value = float(value) if re.search(r"[.eE]", value) else int(value)
            self.tokens.append((kind, value))
        self.tokens.append(("EOF", None))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok[1] != value:
            raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")
        self.i += 1
        return tok


def parse_expr(lx, env):
    v = parse_term(lx, env)
    while lx.peek()[1] in ("+", "-"):
        op = lx.take()[1]
        r = parse_term(lx, env)
        v = v + r if op == "+" else v - r
    return v


def parse_term(lx, env):
    v = parse_power(lx, env)
    while lx.peek()[1] in ("*", "/", "%"):
        op = lx.take()[1]
        r = parse_power(lx, env)
        v = v * r if op == "*" else v / r if op == "/" else v % r
    return v


def parse_power(lx, env):
    v = parse_atom(lx, env)
    if lx.peek()[1] == "**":
        lx.take()
        return v ** parse_power(lx, env)
    return v


FUNCS = {"max": max, "min": min, "abs": abs}


def parse_atom(lx, env):
    kind, value = lx.take()
    if kind == "NUMBER":
        return value
    if value == "-":
        return -parse_atom(lx, env)
    if value == "(":
        v = parse_expr(lx, env)
        lx.take(")")
        return v
    if kind == "NAME":
        if lx.peek()[1] == "(":
            lx.take()
            args = [parse_expr(lx, env)]
            while lx.peek()[1] == ",":
                lx.take()
                args.append(parse_expr(lx, env))
            lx.take(")")
            return FUNCS[value](*args)
        return env[value]
    raise SyntaxError(f"unexpected token {value!r}")


env = {}
program = [
    "x = 3",
    "y = x ** 2 + 4 * (x - 1)",
    "z = max(x, y, 7.5) / 2",
    "w = -z + 1e3 % 7",
    "q = abs(-2 ** 3) + min(4, 2)",
    "bad = 3 $ 4",
    "huge = 2 ** 100",
]
for line in program:
    m = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*=\s*(.+)", line)
    name, expr = m.groups()
    try:
        lx = Lexer(expr)
        env[name] = parse_expr(lx, env)
        print(f"{name} = {env[name]!r}   tokens={len(lx.tokens) - 1}")
    except SyntaxError as e:
        print(f"{name}: error: {e}")
print([t for t in Lexer("a**2+b1*3.5e-1").tokens])
