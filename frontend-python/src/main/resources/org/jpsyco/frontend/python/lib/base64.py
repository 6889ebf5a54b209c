"""Base16, Base32, Base64, Base85 and Ascii85 data encodings (RFC 4648 and friends)."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _maketrans(frm, to):
    table = bytearray(range(256))
    for a, b in zip(frm, to):
        table[a] = b
    return bytes(table)


def _translate(data, table):
    return bytes([table[c] for c in data])


def _input(s):
    """Bytes from a decoder's argument: bytes-like, or a str of ASCII characters."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def _encoder_input(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return _translate(encoded, _maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _input(s)
    if altchars is not None:
        altchars = _input(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _translate(s, _maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode = _maketrans(b'+/', b'-_')
_urlsafe_decode = _maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return _translate(b64encode(s), _urlsafe_encode)


def urlsafe_b64decode(s):
    return b64decode(_translate(_input(s), _urlsafe_decode))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _encoder_input(s)
    out = bytearray()
    padded = s + b'\0' * (-len(s) % 5)
    for i in range(0, len(padded), 5):
        v = int.from_bytes(padded[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(v >> shift) & 31])
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[len(s) % 5]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _input(map01)
        s = _translate(s, _maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        v = 0
        for c in chunk:
            if c not in values:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) | values[c]
        v <<= 5 * (8 - len(chunk))
        out += v.to_bytes(5, 'big')
    if pads:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}.get(pads)
        if keep is None or not s:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _input(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_A85START = b'<~'
_A85END = b'~>'
_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
        b'!#$%&()*+-;<=>?@^_`{|}~')


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _encoder_input(b)
    padding = -len(b) % 4
    if padding:
        b = b + b'\0' * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            out += b'z'
            continue
        if foldspaces and word == 0x20202020:
            out += b'y'
            continue
        digits = []
        for _ in range(5):
            word, r = divmod(word, 85)
            digits.append(chars[r])
        out += bytes(reversed(digits))
    if padding and not pad:
        if out[-1:] == b'z':
            out[-1:] = chars[0:1] * 5
        del out[len(out) - padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, b'!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstu',
                       pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _input(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = 0
                for x in group:
                    word = word * 85 + (x - 33)
                if word > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad)


def b85decode(b):
    b = _input(b)
    values = {c: i for i, c in enumerate(_B85)}
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            if c not in values:
                raise ValueError('bad base85 character at position %d' % (i + j))
            word = word * 85 + values[c]
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += word.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    s = _encoder_input(s)
    pieces = [binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)]
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_encoder_input(s))


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
