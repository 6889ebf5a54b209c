"""Pretty-printing of Python data structures, line-broken to fit a width."""

import collections as _collections
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-prints object to stream (sys.stdout by default), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that shows recursive structures without looping."""
    return PrettyPrinter()._plain(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._plain(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._plain(object, {}, None, 0)[2]


class _Ordered:
    """Sort key for values that may not be comparable: falls back to (type name, id)."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _pair_key(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._emit(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        out = _StringIO()
        self._emit(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line; subclasses may override."""
        return self._plain(object, context, maxlevels, level)

    # -- one-line representations ------------------------------------------------------

    def _plain(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        r = getattr(typ, '__repr__', None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return '{}', True, False
            items = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
            return self._plain_container(object, '{%s}', items, True, context, maxlevels, level)
        if issubclass(typ, list) and r is list.__repr__:
            if not object:
                return '[]', True, False
            return self._plain_container(object, '[%s]', object, False, context, maxlevels, level)
        if issubclass(typ, tuple) and r is tuple.__repr__:
            if not object:
                return '()', True, False
            shape = '(%s,)' if len(object) == 1 else '(%s)'
            return self._plain_container(object, shape, object, False, context, maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _plain_container(self, object, shape, items, pairs, context, maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        pieces = []
        level += 1
        for item in items:
            if pairs:
                k, v = item
                krepr, kread, krec = self.format(k, context, maxlevels, level)
                vrepr, vread, vrec = self.format(v, context, maxlevels, level)
                pieces.append('%s: %s' % (krepr, vrepr))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
            else:
                rep, read, rec = self.format(item, context, maxlevels, level)
                pieces.append(rep)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return shape % ', '.join(pieces), readable, recursive

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    # -- multi-line layout -----------------------------------------------------------------

    def _emit(self, object, stream, indent, allowance, context, level):
        """Writes object at the current column; breaks it over lines when its repr is too wide."""
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout(type(object))
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if self._is_plain_dataclass(object):
                context[key] = 1
                self._dataclass(object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    @staticmethod
    def _is_plain_dataclass(object):
        if isinstance(object, type):
            return False
        params = getattr(type(object), '__dataclass_params__', None)
        if params is None or not params.repr:
            return False
        # Only the repr that dataclass() wrote: a class's own __repr__ decides its own layout.
        fn = type(object).__repr__
        wrapped = getattr(fn, '__wrapped__', None)
        if wrapped is None:
            return False
        if '__create_fn__' in getattr(wrapped, '__qualname__', ''):
            return True
        import dataclasses
        code = getattr(fn, '__code__', None)
        return code is not None and code.co_filename == getattr(dataclasses, '__file__', None)

    def _dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._keyword_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    def _dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
            self._dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._emit(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(typ.__name__ + '({')
            close = '})'
            indent += len(typ.__name__) + 1
        members = sorted(object, key=_Ordered)
        self._items(members, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = room_last = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                room_last -= allowance
            if len(rep) <= room_last:
                chunks.append(rep)
                continue
            # Too long: cut after runs of whitespace, as wide as each piece may be.
            words = re.findall(r'\S*\s*', line)
            words.pop()
            limit = room
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                if j == len(words) - 1 and i == len(lines) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(rep)
        if level == 1:
            stream.write(')')

    def _bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        sep = ''
        for rep in _bytes_chunks(object, self._width - indent, allowance):
            stream.write(sep)
            stream.write(rep)
            if not sep:
                sep = '\n' + ' ' * indent
        if parens:
            stream.write(')')

    def _bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._emit(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _namespace(self, object, stream, indent, allowance, context, level):
        name = 'namespace' if type(object) is _types.SimpleNamespace else object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        self._keyword_items(object.__dict__.items(), stream, indent, allowance, context, level)
        stream.write(')')

    def _dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._emit(value, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _keyword_items(self, items, stream, indent, allowance, context, level):
        newline = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write('...')
            else:
                self._emit(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _items(self, items, stream, indent, allowance, context, level):
        """Items one per line, or (compact) as many per line as fit."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        sep = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if width < need:
                    width = max_width
                    if sep:
                        sep = newline
                if width >= need:
                    width -= need
                    stream.write(sep)
                    sep = ', '
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = newline
            self._emit(item, stream, indent, allowance if last else 1, context, level)

    def _default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps) or (len(object.maps) == 1 and not len(object.maps[0])):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._emit(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._emit(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._items(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def _user_data(self, object, stream, indent, allowance, context, level):
        self._emit(object.data, stream, indent, allowance, context, level - 1)

    _layouts = {}

    def _layout(self, typ):
        """The layout of the nearest base whose repr typ still uses, if it has one."""
        r = typ.__repr__
        for base in typ.__mro__:
            fn = self._layouts.get(base)
            if fn is not None:
                return fn if base.__repr__ is r else None
        return None


def _bytes_chunks(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


_L = PrettyPrinter._layouts
_L[dict] = PrettyPrinter._dict
_L[list] = PrettyPrinter._list
_L[tuple] = PrettyPrinter._tuple
_L[set] = PrettyPrinter._set
_L[frozenset] = PrettyPrinter._set
_L[str] = PrettyPrinter._str
_L[bytes] = PrettyPrinter._bytes
_L[bytearray] = PrettyPrinter._bytearray
_L[_types.MappingProxyType] = PrettyPrinter._mappingproxy
_L[_types.SimpleNamespace] = PrettyPrinter._namespace
for _cls, _fn in [('OrderedDict', PrettyPrinter._ordered_dict), ('defaultdict', PrettyPrinter._default_dict),
                  ('Counter', PrettyPrinter._counter), ('ChainMap', PrettyPrinter._chain_map),
                  ('deque', PrettyPrinter._deque), ('UserDict', PrettyPrinter._user_data),
                  ('UserList', PrettyPrinter._user_data), ('UserString', PrettyPrinter._user_data)]:
    _c = getattr(_collections, _cls, None)
    if _c is not None:
        _L[_c] = _fn
del _L, _cls, _fn, _c
