"""JSON decoding: JSONDecoder and JSONDecodeError (the scanner itself is _json.scan_once)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'


class JSONDecodeError(ValueError):
    """A JSON document could not be read: msg, the document (doc), and where (pos, lineno, colno)."""

    def __init__(self, msg, doc, pos):
        head = doc[:pos]
        lineno = head.count('\n') + 1
        colno = pos - head.rfind('\n')
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class JSONDecoder(object):
    """Reads JSON documents into Python values, with optional hooks for objects and numbers."""

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """The value of the JSON document s; only whitespace may follow it."""
        if type(self).raw_decode is JSONDecoder.raw_decode:
            pf = self.parse_float
            pi = self.parse_int
            return _json.decode(s, self.strict, self.object_hook, self.object_pairs_hook,
                                None if pf is float else pf, None if pi is int else pi,
                                self.parse_constant, JSONDecodeError)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end) for the JSON document starting at s[idx]; text after it is left alone."""
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        pf = self.parse_float
        pi = self.parse_int
        return _json.scan_once(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                               None if pf is float else pf, None if pi is int else pi,
                               self.parse_constant, JSONDecodeError)
