"""Tokenizer, recursive-descent parser and evaluator for arithmetic with variables."""
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


class CalcError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise CalcError(f"bad character {text[pos:].lstrip()[0]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            tokens.append(("num", float(num) if "." in num else int(num)))
        elif name:
            tokens.append(("name", name))
        else:
            tokens.append(("op", "**" if op == "^" else op))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1] if tok[1] is not None else 'end'}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("end")
        return node

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return ("**", base, self.unary())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise CalcError(f"unexpected {value if value is not None else 'end'}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise CalcError(f"unknown variable {node[1]}")
        return env[node[1]]
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        if node[1] not in FUNCS:
            raise CalcError(f"unknown function {node[1]}")
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    if kind in "/%" and b == 0:
        raise CalcError("division by zero")
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if kind == "/" else 0,
            "%": a % b if kind == "%" else 0, "**": a ** b if kind == "**" else 0}[kind] if kind != "**" else a ** b


env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 10", "y = x / 4", "x * y - 1",
         "sqrt(16) + max(1, 7, 3)", "round(pi * 100) / 100", "10 % 3 + 7 % -3", "2 ** 100", ".5 + 1.",
         "1 / 0", "z + 1", "3 +", "4 $ 4", "foo(1)", "(1 + 2", "a = b = 3", "--5", "abs(-3.5) * 2"]
for line in lines:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<24} => {evaluate(tree, env)!r}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
print(sorted((k, v) for k, v in env.items() if k != "pi"))
print(Parser(tokenize("a * (b + 2)")).statement())
