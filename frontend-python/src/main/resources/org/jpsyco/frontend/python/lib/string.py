"""Common string constants, string.Template substitution and the string.Formatter class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each one and join them again with sep (or one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


class _ChainedMapping:
    """Keyword arguments first, then the mapping given positionally."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2  # re.IGNORECASE
    pattern = None

    def __init__(self, template):
        self.template = template

    @classmethod
    def _uses_regex(cls):
        """Subclasses that change idpattern, braceidpattern, flags or pattern need the re module;
        the plain scanner below serves the default syntax with any delimiter."""
        return (cls.pattern is not None or cls.idpattern is not Template.idpattern
                or cls.braceidpattern is not None or cls.flags != Template.flags)

    def _regex_placeholders(self):
        import re
        cls = type(self)
        pattern = cls.pattern
        if pattern is None:
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            pattern = r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))' % (
                delim, delim, cls.idpattern, bid)
        if isinstance(pattern, str):
            pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        for mo in pattern.finditer(self.template):
            if mo.group('named') is not None:
                yield mo.start(), mo.end(), 'named', mo.group('named')
            elif mo.group('braced') is not None:
                yield mo.start(), mo.end(), 'braced', mo.group('braced')
            elif mo.group('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None
            elif mo.group('invalid') is not None:
                yield mo.start(), mo.start('invalid'), 'invalid', None
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)

    def _placeholders(self):
        """Yields (start, end, kind, name) for each placeholder; kind is
        'escaped', 'named', 'braced' or 'invalid'."""
        if self._uses_regex():
            yield from self._regex_placeholders()
            return
        text = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + dl
            if text.startswith(delim, j):
                yield i, j + dl, 'escaped', None
                i = text.find(delim, j + dl)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_REST:
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find(delim, k)
                continue
            if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_REST:
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'braced', text[j + 1:k]
                    i = text.find(delim, k + 1)
                    continue
            yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        parts = []
        last = 0
        text = self.template
        for start, end, kind, name in self._placeholders():
            parts.append(text[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(text[start:end])
            elif safe:
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    parts.append(text[start:end])
            else:
                parts.append('%s' % (mapping[name],))
        parts.append(text[last:])
        return ''.join(parts)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(_sentinel if mapping is None else mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(_sentinel if mapping is None else mapping, kws, True)

    def is_valid(self):
        for _start, _end, kind, _name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _start, _end, kind, name in self._placeholders():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


_sentinel = object()


def _parse_format(s):
    """Splits a format string into (literal, field_name, format_spec, conversion) tuples,
    with str.format's rules and error messages."""
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            k = i + 1
            while k < n and s[k] not in ':!{}':
                k += 1
            if k < n and s[k] == '{':
                raise ValueError("unexpected '{' in field name")
            # find the matching close brace, counting nested ones in the spec
            depth = 1
            j = i + 1
            while j < n and s[j] not in ':!}':
                if s[j] == '[':
                    # a '}' inside an index belongs to the field name
                    while j < n and s[j] != ']':
                        j += 1
                    if j >= n:
                        raise ValueError("expected '}' before end of string")
                j += 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if depth > 1 or i + 1 < n:
                    raise ValueError("expected '}' before end of string")
                raise ValueError("Single '{' encountered in format string")
            field = s[i + 1:j]
            name_end = 0
            bracket = False
            while name_end < len(field):
                ch = field[name_end]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                name_end += 1
            name = field[:name_end]
            rest = field[name_end:]
            conversion = None
            spec = ''
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            yield (''.join(literal), name, spec, conversion)
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield (''.join(literal), None, None, None)


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); integer-looking parts become ints."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as a class whose steps (get_value, convert_field, format_field...) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
