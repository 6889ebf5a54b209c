"""Reading and writing CSV files: readers, writers, dialects, and dict-based variants."""

import re
from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect, get_dialect,
                  list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', '__doc__',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'Sniffer', 'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']


class Dialect:
    """Describes a CSV dialect through class attributes; subclasses set them."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated tab-delimited file."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file written on UNIX: '\\n' lines, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


class DictReader:
    """Reads rows as dicts keyed by the first row (or the given fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        n = len(names)
        if n < len(row):
            d[self.restkey] = row[n:]
        elif n > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Sniffer:
    """Guesses the dialect of a CSV sample and whether its first row is a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quotes(self, data, delimiters):
        """Looks for quoted fields: the quote is the character found most around them."""
        found = {}
        delims = {}
        spaces = 0
        pattern = re.compile(r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?=(?P=delim)|\n|$)'
                             r'|^(?P<quote2>["\']).*?(?P=quote2)(?P<delim2>[^\w\n"\'])(?P<space2> ?)',
                             re.MULTILINE | re.DOTALL)
        for m in pattern.finditer(data):
            q = m.group('quote') or m.group('quote2')
            dl = m.group('delim') or m.group('delim2')
            found[q] = found.get(q, 0) + 1
            if dl and (delimiters is None or dl in delimiters):
                delims[dl] = delims.get(dl, 0) + 1
            if m.group('space') or m.group('space2'):
                spaces += 1
        if not found:
            return '', False, None, False
        quotechar = max(found, key=found.get)
        delim = max(delims, key=delims.get) if delims else ''
        if delim == '\n':
            delim = ''
        skip = bool(delims) and delims.get(delim, 0) == spaces
        dq = re.compile(r'((%(d)s)|^)\W*%(q)s[^%(d)s\n]*%(q)s%(q)s[^%(d)s\n]*%(q)s\W*((%(d)s)|$)'
                        % {'d': re.escape(delim or ','), 'q': re.escape(quotechar)}, re.MULTILINE)
        return quotechar, bool(dq.search(data)), delim, skip

    def _guess_delimiter(self, data, delimiters):
        """The character that occurs the same number of times on most lines."""
        lines = [line for line in data.split('\n') if line.strip()][:20]
        if not lines:
            return '', False
        candidates = {}
        for c in set(data):
            if c.isalnum() or c in '\n\r"\'' or (delimiters is not None and c not in delimiters):
                continue
            counts = [line.count(c) for line in lines]
            if not any(counts):
                continue
            mode = max(set(counts), key=lambda n: (counts.count(n), n))
            if mode == 0:
                continue
            consistency = counts.count(mode) / len(counts)
            candidates[c] = consistency
        if not candidates:
            return '', False
        best = max(candidates.values())
        good = [c for c, v in candidates.items() if v == best]
        for c in self.preferred:
            if c in good:
                delim = c
                break
        else:
            if best < 0.9 and len(good) > 1:
                return '', False
            delim = min(good)
        skip = data.split('\n')[0].count(delim) == data.split('\n')[0].count(delim + ' ')
        return delim, skip

    def has_header(self, sample):
        """Votes column by column: a header cell differs in type or length from the cells under it."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        kinds = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(kinds):
                cell = row[col]
                kind = None
                for t in (int, float, complex):
                    try:
                        t(cell)
                        kind = t
                        break
                    except (ValueError, OverflowError):
                        pass
                if kind is None:
                    kind = len(cell)
                if kinds[col] is None:
                    kinds[col] = kind
                elif kind != kinds[col]:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is None:
                continue
            if isinstance(kind, int) and not isinstance(kind, type):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
