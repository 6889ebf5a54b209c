"""The Unicode character database: names, categories, numeric values and normalization."""

import _jpsyco_unicodedata as _u

unidata_version = '14.0.0'


def _cp(fname, chr_):
    if not isinstance(chr_, str):
        raise TypeError('%s() argument must be a unicode character, not %s' % (fname, type(chr_).__name__))
    if len(chr_) != 1:
        raise TypeError('%s() argument must be a unicode character, not str' % fname)
    return ord(chr_)


_MISSING = object()


def name(chr, default=_MISSING, /):
    n = _u.name(_cp('name', chr))
    if n is None:
        if default is _MISSING:
            raise ValueError('no such name')
        return default
    return n


def lookup(name, /):
    cp = _u.lookup(name) if isinstance(name, str) else -1
    if cp < 0:
        if isinstance(name, bytes):
            name = name.decode('ascii', 'replace')
        if not isinstance(name, str):
            raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
        raise KeyError("undefined character name '%s'" % name)
    return chr(cp)


def category(chr, /):
    return _u.category(_cp('category', chr))


def bidirectional(chr, /):
    return _u.bidirectional(_cp('bidirectional', chr))


def mirrored(chr, /):
    return _u.mirrored(_cp('mirrored', chr))


def combining(chr, /):
    return _u.combining(_cp('combining', chr))


def east_asian_width(chr, /):
    return _u.east_asian_width(_cp('east_asian_width', chr))


def decimal(chr, default=_MISSING, /):
    v = _u.decimal(_cp('decimal', chr))
    if v < 0:
        if default is _MISSING:
            raise ValueError('not a decimal')
        return default
    return v


def digit(chr, default=_MISSING, /):
    v = _u.digit(_cp('digit', chr))
    if v < 0:
        if default is _MISSING:
            raise ValueError('not a digit')
        return default
    return v


def numeric(chr, default=_MISSING, /):
    v = _u.numeric(_cp('numeric', chr))
    if v is None:
        if default is _MISSING:
            raise ValueError('not a numeric character')
        return default
    return v


def _form(form):
    if not isinstance(form, str):
        raise TypeError('normalize() argument 1 must be str, not %s' % type(form).__name__)
    if form not in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        raise ValueError('invalid normalization form')
    return form


def normalize(form, unistr, /):
    form = _form(form)
    if not isinstance(unistr, str):
        raise TypeError('normalize() argument 2 must be str, not %s' % type(unistr).__name__)
    return _u.normalize(form, unistr)


def is_normalized(form, unistr, /):
    form = _form(form)
    if not isinstance(unistr, str):
        raise TypeError('is_normalized() argument 2 must be str, not %s' % type(unistr).__name__)
    return _u.is_normalized(form, unistr)


def decomposition(chr, /):
    """The canonical or compatibility decomposition, as hex code points ('<tag> ...' for compatibility)."""
    cp = _cp('decomposition', chr)
    c = chr
    canon = _u.normalize('NFD', c)
    if canon != c:
        # One level only: recompose all but the last mark.
        first = canon
        if len(canon) > 2:
            first = _u.normalize('NFC', canon[:-1]) + canon[-1]
        return ' '.join('%04X' % ord(x) for x in first)
    compat = _u.normalize('NFKD', c)
    if compat != c:
        cat = _u.category(cp)
        tag = '<compat>'
        if cat == 'Zs' or cp in (0x2011,):
            tag = '<noBreak>'
        elif 0xFF00 <= cp <= 0xFFEF:
            tag = '<wide>' if cp < 0xFF61 or cp >= 0xFFE0 else '<narrow>'
        elif _u.name(cp) and 'SUPERSCRIPT' in _u.name(cp):
            tag = '<super>'
        elif _u.name(cp) and 'SUBSCRIPT' in _u.name(cp):
            tag = '<sub>'
        elif _u.name(cp) and 'CIRCLED' in _u.name(cp):
            tag = '<circle>'
        elif _u.name(cp) and 'FRACTION' in _u.name(cp):
            tag = '<fraction>'
        return tag + ' ' + ' '.join('%04X' % ord(x) for x in compat)
    return ''


class UCD:
    """The database object, as unicodedata.ucd_3_2_0 is one (this one reports the current version)."""

    def __init__(self, version):
        self.unidata_version = version

    def __getattr__(self, attr):
        return globals()[attr]


ucd_3_2_0 = UCD('3.2.0')
