"""Regular expressions with CPython's syntax and match semantics.

The matching engine is the built-in _sre module (an engine of jpsyco's own, not a translation
to java.util.regex: see the package doc of org.jpsyco.frontend.python.modules.re). This module
provides the Pattern and Match objects, replacement templates, the flag values and the cache of
compiled patterns.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The flag values; they combine with | and print as re.NAME|re.OTHER."""

    # Definition order, which is the order of the names in a combined flag's repr.
    _names = [
        (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
        (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG"),
    ]

    def __repr__(self):
        return _flag_text(int(self), RegexFlag._names, "re.NOFLAG")

    __str__ = __repr__

    @property
    def name(self):
        value = int(self)
        names = [name for bit, name in RegexFlag._names if value & bit]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


def _flag_text(value, names, zero):
    if value == 0:
        return zero
    parts = []
    for bit, name in names:
        if value & bit:
            parts.append("re." + name)
            value &= ~bit
    if value:
        parts.append(hex(value))
    return "|".join(parts)


# The order in which a Pattern's repr lists its flags (the engine's own table).
_PATTERN_FLAG_ORDER = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
    (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
]

NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern where
    compilation failed, may be None), lineno and colno (may be None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            head = pattern[:pos]
            self.lineno = head.count(newline) + 1
            self.colno = pos - head.rfind(newline)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")


class Pattern:
    """A compiled regular expression."""

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return _sre.match(self._prog, string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return _sre.match(self._prog, string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scans through string looking for a match, and returns the first one."""
        return _sre.match(self._prog, string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Returns a list of all non-overlapping matches in the string."""
        return _sre.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Returns an iterator over all non-overlapping matches, as Match objects."""
        return iter(_sre.finditer(self._prog, string, pos, endpos))

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Splits string by the occurrences of the pattern."""
        return _sre.split(self._prog, string, maxsplit)

    def sub(self, repl, string, count=0):
        """Returns the string obtained by replacing the leftmost non-overlapping occurrences."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Returns (new_string, number_of_subs_made)."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            return _sre.sub(self._prog, repl, string, count, 2)
        if isinstance(self.pattern, str):
            if not isinstance(repl, str):
                if isinstance(repl, bytes) or type(repl).__name__ == 'bytearray':
                    raise TypeError("expected str instance, %s found" % type(repl).__name__)
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            if '\\' not in repl:
                return _sre.sub(self._prog, repl, string, count, 0)
        else:
            if not isinstance(repl, bytes):
                if isinstance(repl, str):
                    raise TypeError("expected a bytes-like object, str found")
                raise TypeError("a bytes-like object is required, not '%s'" % type(repl).__name__)
            if b'\\' not in repl:
                return _sre.sub(self._prog, repl, string, count, 0)
        return _sre.sub(self._prog, self._template(repl), string, count, 1)

    def _template(self, repl):
        cache = self._template_cache
        t = cache.get(repl)
        if t is None:
            t = _parse_template(repl, self)
            if len(cache) > 100:
                cache.clear()
            cache[repl] = t
        return t

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_text(flags, _PATTERN_FLAG_ORDER, ""))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._pos = min(max(pos, 0), n)
        self._endpos = min(max(endpos, 0), n)
        self._advance = False

    def _step(self, mode):
        if self._pos > self._endpos:
            return None
        m = _sre.match(self.pattern._prog, self._string, self._pos, self._endpos, mode)
        if m is not None and self._advance and m.end() == m.start() == self._pos:
            m = None
            if mode == 2 and self._pos < self._endpos:
                m = _sre.match(self.pattern._prog, self._string, self._pos + 1, self._endpos, mode)
        if m is None:
            self._pos = self._endpos + 1
            return None
        self._advance = m.end() == m.start()
        self._pos = m.end()
        return m

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class Match(_sre.Match):
    """The result of a successful match (its methods run in the _sre engine)."""

    def __getitem__(self, g):
        return self.group(g)

    def expand(self, template):
        """Returns the string obtained by doing backslash substitution on the template."""
        return _sre.expand(self, _parse_template(template, self.re))

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = 're'
Match.__module__ = 're'

# ---- replacement templates

_OCT = "01234567"
_DIGITS = "0123456789"
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(template, pattern):
    """Splits a replacement into literal text and group references: a list of str/int items."""
    is_bytes = isinstance(template, bytes)
    if is_bytes:
        text = template.decode('latin-1')
    elif isinstance(template, str):
        text = template
    else:
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    items = []
    literal = []
    groups = pattern.groups
    n = len(text)
    i = 0

    def fail(msg, pos):
        return error(msg, template, pos)

    def add_group(index, pos):
        if index > groups:
            raise fail("invalid group reference %d" % index, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise fail("bad escape (end of pattern)", n - 1)
        c = text[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise fail("missing <", i)
            j = text.find(">", i + 1)
            if j < 0:
                name = text[i + 1:]
                if not name:
                    raise fail("missing group name", i + 1)
                raise fail("missing >, unterminated name", i + 1)
            name = text[i + 1:j]
            if not name:
                raise fail("missing group name", i + 1)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if name.isdigit() and name.isascii():
                    index = int(name)
                else:
                    raise fail("bad character in group name %r" % name, i + 1)
            add_group(index, i + 1)
            i = j + 1
        elif c == "0":
            k = i
            while k < n and k < i + 2 and text[k] in _OCT:
                k += 1
            literal.append(chr(int(text[i - 1:k], 8) & 0xff))
            i = k
        elif c in _DIGITS:
            if i < n and text[i] in _DIGITS:
                if c in _OCT and text[i] in _OCT and i + 1 < n and text[i + 1] in _OCT:
                    value = int(text[i - 1:i + 2], 8)
                    if value > 0o377:
                        raise fail('octal escape value %s outside of range 0-0o377' % text[start:i + 2], start)
                    literal.append(chr(value))
                    i += 2
                    continue
                index = int(text[i - 1:i + 1])
                i += 1
                add_group(index, start + 1)
            else:
                add_group(int(c), start + 1)
        else:
            esc = _ESCAPES.get(c)
            if esc is not None:
                literal.append(esc)
            elif c in _LETTERS:
                raise fail("bad escape \\%s" % c, start)
            else:
                literal.append("\\" + c)
    if literal:
        items.append(''.join(literal))
    if is_bytes:
        items = [x.encode('latin-1') if isinstance(x, str) else x for x in items]
    return items


# ---- module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    _check_flags(pattern, flags)
    r = _sre.compile(pattern, flags)
    if isinstance(r[0], str):
        raise error(r[0], None if r[1] is None else pattern, r[1])
    _check_flags(pattern, r[1])
    p = object.__new__(Pattern)
    p._prog = r[0]
    p.pattern = pattern
    p.flags = r[1]
    p.groups = r[2]
    p.groupindex = r[3]
    p._template_cache = {}
    # The matching methods, bound to the program in the engine, shadow the class's methods.
    (p.match, p.fullmatch, p.search, p.findall, p.finditer, p.split, p.sub,
     p.subn) = _sre.bind(r[0], p, Match)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing occurrences of the pattern by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


class Scanner:
    """A tokenizer over a lexicon of (pattern, action) pairs: at each position the first
    pattern that matches there wins; a callable action is called with (scanner, text), any
    other action is the token itself, and None drops the text."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        self._patterns = [(compile(phrase, flags), action) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        i = 0
        while True:
            for pattern, action in self._patterns:
                m = pattern.match(string, i)
                if m:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def purge():
    "Clear the regular expression cache"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = pattern.decode('latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
