"""The CSV parser and writer under the csv module: dialects, reader and writer objects."""

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict')


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """The formatting parameters of a CSV file, validated and frozen."""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar', '_quoting',
                 '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs:
                return dialect
        self = object.__new__(Dialect)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default
        self._delimiter = _char('delimiter', pick('delimiter', ','), False)
        self._doublequote = bool(pick('doublequote', True))
        self._escapechar = _char('escapechar', pick('escapechar', None), True)
        term = pick('lineterminator', '\r\n')
        if not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = term
        quoting = pick('quoting', QUOTE_MINIMAL)
        if type(quoting) is not int or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self._quoting = quoting
        quotechar = pick('quotechar', '"')
        self._quotechar = _char('quotechar', quotechar, True)
        self._skipinitialspace = bool(pick('skipinitialspace', False))
        self._strict = bool(pick('strict', False))
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        if set(kwargs) != {'new_limit'} or args:
            raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class Reader:
    """Iterates over the records of lines from an iterable, as lists of fields."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        if self._unquoted and field and self.dialect.quoting == QUOTE_NONNUMERIC:
            field = float(field)
        self._unquoted = True
        self._fields.append(field)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _step(self, c, state):
        d = self.dialect
        if state == _START_RECORD:
            if c is _EOL:
                return _START_RECORD
            if c == '\n' or c == '\r':
                return _EAT_CRNL
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                return _START_RECORD if c is _EOL else _EAT_CRNL
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                self._unquoted = False
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == ' ' and d.skipinitialspace:
                return _START_FIELD
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            self._add(c)
            return _IN_FIELD
        if state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                return _AFTER_ESCAPED_CRNL
            self._add('\n' if c is _EOL else c)
            return _IN_FIELD
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return _AFTER_ESCAPED_CRNL
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                return _START_RECORD if c is _EOL else _EAT_CRNL
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            self._add(c)
            return _IN_FIELD
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPE_IN_QUOTED_FIELD
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            self._add(c)
            return _IN_QUOTED_FIELD
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            return _IN_QUOTED_FIELD
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                return _IN_QUOTED_FIELD
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                return _START_RECORD if c is _EOL else _EAT_CRNL
            if not d.strict:
                self._add(c)
                return _IN_FIELD
            raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        # _EAT_CRNL
        if c == '\n' or c == '\r':
            return _EAT_CRNL
        if c is _EOL:
            return _START_RECORD
        raise Error('new-line character seen in unquoted field - do you need to open the file in '
                    'universal-newline mode?')

    def __next__(self):
        self._fields = []
        self._field = []
        self._unquoted = True
        state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            step = self._step
            for c in line:
                state = step(c, state)
            state = step(_EOL, state)
            if state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


Reader.__name__ = 'reader'
Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    r = object.__new__(Reader)
    r._lines = iter(csvfile)
    r.dialect = Dialect(dialect, **fmtparams)
    r.line_num = 0
    return r


class Writer:
    """Writes rows as delimited lines to a file-like object."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        quoting = d.quoting
        quoted = quoting == QUOTE_ALL or (quoting == QUOTE_NONNUMERIC and not isinstance(value, (int, float)))
        if only and text == '':
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quoted = True
        out = []
        special = d.delimiter + (d.quotechar or '') + (d.escapechar or '') + d.lineterminator
        for c in text:
            if c in special or (c == '\n' or c == '\r') and c in d.lineterminator:
                escape = False
                if quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                        quoted = True
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                else:
                    quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted and quoting != QUOTE_NONE:
            q = d.quotechar
            if q is None:
                raise Error('need to escape, but no escapechar set')
            text = q + text + q
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        only = len(items) == 1
        line = self.dialect.delimiter.join([self._field(v, only) for v in items]) + self.dialect.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__name__ = 'writer'
Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def writer(fileobj, dialect='excel', **fmtparams):
    try:
        write = fileobj.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    w = object.__new__(Writer)
    w._write = write
    w.dialect = Dialect(dialect, **fmtparams)
    return w
