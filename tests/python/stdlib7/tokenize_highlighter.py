# A small source highlighter and statistics tool built on tokenize, the way editors and
# linters read Python source without executing it.
import io
import keyword
import token
import tokenize

SOURCE = '''\
# -*- coding: utf-8 -*-
"""Inventory helpers."""
import math

PRICES = {"apple": 0.5, 'pear': 0.75}   # unit prices


def total(items, *, discount=0.0):
    """Sum the price of items."""
    s = sum(PRICES[i] * n for i, n in items.items())
    if discount:
        s -= s * discount / 100
    return round(s, 2)


class Basket:
    def __init__(self):
        self.items = {}

    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        return self

    @property
    def size(self):
        return sum(self.items.values())
x = f"{total({'apple': 3})!r:>10}" + rb'\\d' + 0x1F.__str__() + str(1_000.5e-3j)
'''

STYLE = {
    token.NAME: "name", token.NUMBER: "num", token.STRING: "str", token.COMMENT: "comment",
    token.OP: "op",
}


def highlight(src):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type in (token.NL, token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER):
            continue
        kind = STYLE.get(tok.type, tok_name(tok.type))
        if tok.type == token.NAME and keyword.iskeyword(tok.string):
            kind = "kw"
        out.append("%d:%d %s %r" % (tok.start[0], tok.start[1], kind, tok.string))
    return out


def tok_name(t):
    return token.tok_name[t].lower()


for line in highlight(SOURCE)[:40]:
    print(line)

# statistics over the whole token stream
counts = {}
ops = {}
for tok in tokenize.tokenize(io.BytesIO(SOURCE.encode("utf-8")).readline):
    counts[token.tok_name[tok.type]] = counts.get(token.tok_name[tok.type], 0) + 1
    if tok.type == token.OP:
        name = token.tok_name[tok.exact_type]
        ops[name] = ops.get(name, 0) + 1
print(sorted(counts.items()))
print(sorted(ops.items()))

# the first tokens, as repr shows them
toks = list(tokenize.tokenize(io.BytesIO(SOURCE.encode("utf-8")).readline))
for t in toks[:4] + toks[-4:]:
    print(t)
print(toks[5].exact_type, toks[5].type, token.ISTERMINAL(toks[5].type), token.ISEOF(toks[-1].type))

# round trips: exact with positions, approximate without
print(tokenize.untokenize(toks).decode("utf-8") == SOURCE)
approx = tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("if a :\n    b=c(1,2)\n").readline))
print(repr(approx))

# encodings
print(tokenize.detect_encoding(io.BytesIO(b"# coding: latin-1\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\n\nx = 1\n").readline))
try:
    tokenize.detect_encoding(io.BytesIO(b"# coding: klingon\n").readline)
except SyntaxError as e:
    print("SyntaxError:", e)

# errors the tokenizer reports
for bad in ["x = (1,\n", '"""never closed\n', "if x:\n        a\n    b\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
for t in tokenize.generate_tokens(io.StringIO("a = $b ? 'c\n").readline):
    print(token.tok_name[t.type], repr(t.string), t.start, t.end)

# source without a final newline still ends with NEWLINE and ENDMARKER
for t in tokenize.generate_tokens(io.StringIO("if a:\n  b").readline):
    print(t)
print(token.EXACT_TOKEN_TYPES["**="], token.tok_name[token.EXACT_TOKEN_TYPES["->"]], token.N_TOKENS, token.NT_OFFSET)
