"""Splits Python source into tokens, the way CPython 3.11's tokenize module reports them.

`tokenize(readline)` reads bytes (it detects the encoding and yields an ENCODING token first);
`generate_tokens(readline)` reads str lines. Each token is a `TokenInfo(type, string, start,
end, line)` with 1-based rows and 0-based columns; comments and non-logical newlines (NL) are
reported, operators all have type OP (`exact_type` tells which). `untokenize` turns tokens back
into source text.

The scanner works line by line: a line is either inside a multi-line string (the string is
completed or extended), or the start of a logical line (indentation is measured, blank and
comment-only lines give NL), or a continuation (inside brackets or after a backslash).
"""

import collections
import re
import sys
from builtins import open as _builtin_open
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [n for n in dir(__import__("token")) if n[:1].isupper()] + [
    "tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo", "open", "TokenError"]

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
BOM_UTF8 = b'\xef\xbb\xbf'
tabsize = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                (annotated, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- encoding detection (PEP 263) ----------------------------------------------------------

def _normal_encoding_name(name):
    """The canonical spelling of the encodings a cookie commonly names."""
    enc = name[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def detect_encoding(readline):
    """Reads at most two lines and returns (encoding, lines read) from a BOM or coding cookie."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _normal_encoding_name(match.group(1))
        try:
            import codecs
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                msg = 'encoding problem: utf-8' if filename is None else \
                    'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Opens a Python source file as text in the encoding its BOM or cookie declares."""
    with _builtin_open(filename, 'rb') as probe:
        encoding, _ = detect_encoding(probe.readline)
    return _builtin_open(filename, 'r', encoding=encoding)


# ---- the token patterns, as regular expression sources ----
# The scanner below does not use them; they are the documented names tools import.

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?', r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)
StringPrefix = group(*sorted(_p for _p in __import__('itertools').chain(
    *[[''.join(c) for c in __import__('itertools').product(*[(ch, ch.upper()) for ch in base])]
      for base in ('', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf')])))
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'", StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')
Special = group(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])
Funny = group(r'\r?\n', Special)
PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)
_quote_prefixes = [p for p in re.findall(r'[^|()]+', StringPrefix[1:-1])] + ['']
endpats = {}
for _p in _quote_prefixes:
    endpats[_p + "'"] = Single
    endpats[_p + '"'] = Double
    endpats[_p + "'''"] = Single3
    endpats[_p + '"""'] = Double3
single_quoted = {_p + q for _p in _quote_prefixes for q in ("'", '"')}
triple_quoted = {_p + q for _p in _quote_prefixes for q in ("'''", '"""')}
del _p, _quote_prefixes
from codecs import lookup
from io import TextIOWrapper


# ---- the scanner ---------------------------------------------------------------------------

def _prefixes():
    out = set()
    for base in ('', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'):
        variants = ['']
        for ch in base:
            variants = [v + c for v in variants for c in (ch, ch.upper())]
        out.update(variants)
    return out


_STRING_PREFIXES = _prefixes()
_OPERATORS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)
_NUMBER = re.compile(
    r'(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+'
    r'|(?:(?:[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?|\.[0-9](?:_?[0-9])*)'
    r'(?:[eE][-+]?[0-9](?:_?[0-9])*)?|[0-9](?:_?[0-9])*[eE][-+]?[0-9](?:_?[0-9])*)[jJ]?'
    r'|[0-9](?:_?[0-9])*[jJ]|0(?:_?0)*(?![0-9])|[1-9](?:_?[0-9])*|[0-9](?:_?[0-9])*)')


def _is_name_start(ch):
    return ch.isidentifier() or ch == '_'


def _is_name_char(ch):
    return ch.isidentifier() or ch.isdigit() or ('a' + ch).isidentifier()


def _string_end(line, pos, quote):
    """The index after the closing `quote` at or after pos (backslashes escape), or -1."""
    n = len(line)
    q = len(quote)
    while pos < n:
        ch = line[pos]
        if ch == '\\':
            pos += 2
            continue
        if line.startswith(quote, pos):
            return pos + q
        if q == 1 and ch == '\n':
            return -1
        pos += 1
    return -1


def _tokens(readline, encoding):
    lnum = 0
    parenlev = 0
    continued = False
    indents = [0]
    contstr = None          # the text so far of a string spanning lines
    contline = None
    strstart = None
    endquote = None
    line = ''
    last_line = b''
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, end = 0, len(line)

        if contstr is not None:
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            close = _string_end(line, 0, endquote)
            if close >= 0:
                pos = close
                yield TokenInfo(STRING, contstr + line[:close], strstart, (lnum, close), contline + line)
                contstr = contline = None
            elif len(endquote) == 1 and not line.endswith(('\\\n', '\\\r\n')):
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)), contline)
                contstr = contline = None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < end:
            blank = pos
            while pos < end and line[pos] in ' \t\f':
                pos += 1
            if pos == end:
                break
            ch = line[pos]
            start = pos
            m = _NUMBER.match(line, pos) if (ch.isdigit() or (ch == '.' and line[pos + 1:pos + 2].isdigit())) else None
            if m:
                pos = m.end()
                yield TokenInfo(NUMBER, m.group(), (lnum, start), (lnum, pos), line)
                continue
            if ch in '\r\n':
                kind = NL if parenlev > 0 else NEWLINE
                yield TokenInfo(kind, line[pos:], (lnum, pos), (lnum, end), line)
                break
            if ch == '#':
                comment = line[pos:].rstrip('\r\n')
                pos += len(comment)
                yield TokenInfo(COMMENT, comment, (lnum, start), (lnum, pos), line)
                continue
            if ch == '\\' and line[pos + 1:].lstrip('\r') in ('\n', ''):
                if line[pos + 1:] == '':
                    yield TokenInfo(ERRORTOKEN, ch, (lnum, pos), (lnum, pos + 1), line)
                    pos += 1
                    continue
                continued = True
                break
            # a name, or the prefix of a string
            if _is_name_start(ch):
                p = pos + 1
                while p < end and _is_name_char(line[p]):
                    p += 1
                word = line[pos:p]
                if p < end and line[p] in '\'"' and word in _STRING_PREFIXES:
                    pos = p
                else:
                    pos = p
                    yield TokenInfo(NAME, word, (lnum, start), (lnum, pos), line)
                    continue
            if pos < end and line[pos] in '\'"':
                q = line[pos]
                quote = q * 3 if line.startswith(q * 3, pos) else q
                body = pos + len(quote)
                close = _string_end(line, body, quote)
                if close >= 0:
                    pos = close
                    yield TokenInfo(STRING, line[start:pos], (lnum, start), (lnum, pos), line)
                    continue
                if len(quote) == 3 or line.endswith(('\\\n', '\\\r\n')):
                    # the string goes on in the following lines
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    endquote = quote
                    break
                if start < pos:
                    yield TokenInfo(NAME, line[start:pos], (lnum, start), (lnum, pos), line)
                    continue
                if blank < pos:
                    # as CPython's scanner: each blank before a bad character is reported too
                    yield TokenInfo(ERRORTOKEN, line[blank], (lnum, blank), (lnum, blank + 1), line)
                    pos = blank + 1
                    continue
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            for op in _OPERATORS:
                if line.startswith(op, pos):
                    if op in '([{':
                        parenlev += 1
                    elif op in ')]}':
                        parenlev -= 1
                    pos += len(op)
                    yield TokenInfo(OP, op, (lnum, start), (lnum, pos), line)
                    break
            else:
                if blank < pos:
                    yield TokenInfo(ERRORTOKEN, line[blank], (lnum, blank), (lnum, blank + 1), line)
                    pos = blank + 1
                    continue
                yield TokenInfo(ERRORTOKEN, ch, (lnum, pos), (lnum, pos + 1), line)
                pos += 1

    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def tokenize(readline):
    """Tokens of the source `readline` gives as bytes, after an ENCODING token."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        if pending:
            return pending.pop(0)
        return readline()
    return _tokens(lines, encoding)


def generate_tokens(readline):
    """Tokens of the source `readline` gives as str lines (no ENCODING token)."""
    return _tokens(readline, None)


# ---- untokenize ------------------------------------------------------------------------------

class Untokenizer:
    """Rebuilds source text from tokens: exactly when they carry positions, else approximately."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        out = self.tokens
        at_line_start = False
        prev_string = False
        for tok in [token] + list(iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if prev_string:
                    text = ' ' + text
                prev_string = True
            else:
                prev_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Source text for the tokens; bytes in the ENCODING token's encoding when there is one."""
    u = Untokenizer()
    out = u.untokenize(iterable)
    if u.encoding is not None:
        out = out.encode(u.encoding)
    return out


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument('filename', nargs='?', help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', action='store_true', help='display token names using the exact type')
    args = parser.parse_args()
    if args.filename:
        with _builtin_open(args.filename, 'rb') as f:
            tokens = list(tokenize(f.readline))
    else:
        tokens = list(generate_tokens(sys.stdin.readline))
    for tok in tokens:
        kind = tok.exact_type if args.exact else tok.type
        where = "%d,%d-%d,%d:" % (tok.start + tok.end)
        print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))


if __name__ == "__main__":
    main()
