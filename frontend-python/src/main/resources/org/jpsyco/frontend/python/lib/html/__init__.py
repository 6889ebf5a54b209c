"""html: escape and unescape of HTML text."""

from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """`s` with &, < and > replaced by character references; also " and ' when `quote`."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace('\'', '&#x27;')
    return s


# numeric references that HTML 5 maps to other characters (the Windows-1252 range, and NUL)
_REPLACED = {0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
             0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
             0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f',
             0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
             0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
             0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178'}

# code points a numeric reference may not produce: they are dropped
_INVALID = {0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0xe, 0xf, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16,
            0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84,
            0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93,
            0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0xfdd0, 0xfdd1,
            0xfdd2, 0xfdd3, 0xfdd4, 0xfdd5, 0xfdd6, 0xfdd7, 0xfdd8, 0xfdd9, 0xfdda, 0xfddb, 0xfddc,
            0xfddd, 0xfdde, 0xfddf, 0xfde0, 0xfde1, 0xfde2, 0xfde3, 0xfde4, 0xfde5, 0xfde6, 0xfde7,
            0xfde8, 0xfde9, 0xfdea, 0xfdeb, 0xfdec, 0xfded, 0xfdee, 0xfdef, 0xb, 0xfffe, 0xffff,
            0x1fffe, 0x1ffff, 0x2fffe, 0x2ffff, 0x3fffe, 0x3ffff, 0x4fffe, 0x4ffff, 0x5fffe, 0x5ffff,
            0x6fffe, 0x6ffff, 0x7fffe, 0x7ffff, 0x8fffe, 0x8ffff, 0x9fffe, 0x9ffff, 0xafffe, 0xaffff,
            0xbfffe, 0xbffff, 0xcfffe, 0xcffff, 0xdfffe, 0xdffff, 0xefffe, 0xeffff, 0xffffe, 0xfffff,
            0x10fffe, 0x10ffff}


def _numeric(text, i):
    """The character of the numeric reference at text[i] ('&#' seen), and where it ends; or None."""
    j = i + 2
    hexa = j < len(text) and text[j] in 'xX'
    if hexa:
        j += 1
    digits = '0123456789abcdefABCDEF' if hexa else '0123456789'
    k = j
    while k < len(text) and text[k] in digits:
        k += 1
    if k == j:
        return None
    num = int(text[j:k], 16 if hexa else 10)
    if k < len(text) and text[k] == ';':
        k += 1
    if num in _REPLACED:
        return _REPLACED[num], k
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\ufffd', k
    if num in _INVALID:
        return '', k
    return chr(num), k


def _named(text, i):
    """The replacement of the named reference at text[i] ('&' seen), and where it ends; or None."""
    j = i + 1
    k = j
    while k < len(text) and k - j < 32 and (text[k].isalnum() and text[k].isascii()):
        k += 1
    name = text[j:k]
    if k < len(text) and text[k] == ';' and name + ';' in _html5:
        return _html5[name + ';'], k + 1
    # the longest prefix that is a reference without its ';' (as browsers read "&copy2024")
    for n in range(len(name), 1, -1):
        if name[:n] in _html5:
            return _html5[name[:n]], j + n
    return None


def unescape(s):
    """`s` with every named and numeric character reference replaced by the characters it stands for."""
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        amp = s.find('&', i)
        if amp < 0:
            out.append(s[i:])
            break
        out.append(s[i:amp])
        found = None
        if amp + 1 < n and s[amp + 1] == '#':
            found = _numeric(s, amp)
        elif amp + 1 < n:
            found = _named(s, amp)
        if found is None:
            out.append('&')
            i = amp + 1
        else:
            out.append(found[0])
            i = found[1]
    return ''.join(out)
