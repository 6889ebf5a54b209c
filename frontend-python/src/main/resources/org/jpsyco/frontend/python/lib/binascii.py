"""Conversions between binary data and ASCII encodings (base64, hex, CRCs)."""

import _jpsyco_zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUES[_c] = _i
del _i, _c


def _ascii_data(data):
    """Bytes from a bytes-like object or an ASCII-only str (the a2b_* functions take both)."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return _bytes_like(data)


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_base64(data, *, newline=True):
    data = _bytes_like(data)
    out = bytearray()
    table = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(table[v >> 18])
        out.append(table[(v >> 12) & 63])
        out.append(table[(v >> 6) & 63])
        out.append(table[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes([table[v >> 18], table[(v >> 12) & 63]]) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63]]) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_data(data)
    values = _B64_VALUES
    out = bytearray()
    acc = 0
    bits = 0
    quad_pos = 0
    pads = 0
    count = 0
    done = False
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    for pos, c in enumerate(data):
        if c == 61:  # '='
            if quad_pos >= 2 and quad_pos + pads + 1 >= 4:
                if strict_mode and pos + 1 < len(data):
                    raise Error('Excess data after padding')
                done = True
                break
            pads += 1
            if strict_mode and quad_pos < 2:
                raise Error('Discontinuous padding not allowed' if quad_pos else 'Excess padding not allowed')
            continue
        v = values[c]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        acc = (acc << 6) | v
        bits += 6
        quad_pos = (quad_pos + 1) & 3
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
    if not done and quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                        'than a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


def _sep_hex(h, sep, bytes_per_sep):
    if isinstance(sep, str):
        sep = sep.encode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    n = abs(bytes_per_sep) * 2
    if n == 0:
        return h
    groups = []
    if bytes_per_sep > 0:
        first = len(h) % n or n
        groups.append(h[:first])
        for i in range(first, len(h), n):
            groups.append(h[i:i + n])
    else:
        for i in range(0, len(h), n):
            groups.append(h[i:i + n])
    return sep.join(groups)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    h = _bytes_like(data).hex().encode('ascii')
    if sep is not None:
        h = _sep_hex(h, sep, bytes_per_sep)
    return h


hexlify = b2a_hex


def a2b_hex(hexstr):
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    if any(c not in b'0123456789abcdefABCDEF' for c in data):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


unhexlify = a2b_hex


def crc32(data, crc=0):
    return _jpsyco_zlib.crc32(_bytes_like(data), crc)


def crc_hqx(data, crc):
    crc &= 0xffff
    for b in _bytes_like(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc


def b2a_uu(data, *, backtick=False):
    data = _bytes_like(data)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')

    def enc(v):
        return 96 if backtick and v == 0 else v + 32
    out = bytearray([enc(len(data))])
    padded = data + b'\0' * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes([enc(v >> 18), enc((v >> 12) & 63), enc((v >> 6) & 63), enc(v & 63)])
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    data = _ascii_data(data).rstrip(b'\n\r ')
    if not data:
        return b'\0' * 32
    n = (data[0] - 32) & 63
    out = bytearray()
    chars = [((c - 32) & 63) for c in data[1:]]
    chars += [0] * (-len(chars) % 4)
    for i in range(0, len(chars), 4):
        v = (chars[i] << 18) | (chars[i + 1] << 12) | (chars[i + 2] << 6) | chars[i + 3]
        out += bytes([v >> 16, (v >> 8) & 0xff, v & 0xff])
    out = bytes(out[:n])
    return out + b'\0' * (n - len(out))


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = _bytes_like(data)
    out = bytearray()
    line = 0
    for i, c in enumerate(data):
        if c == 10 and istext:
            out.append(10)
            line = 0
            continue
        if (c == 61 or c > 126 or (c < 32 and c not in (9, 13)) or (header and c == 95)
                or (quotetabs and c in (9, 32)) or (c == 46 and line == 0 and i + 1 < len(data) and data[i + 1] == 10)
                or (c in (9, 32) and (i + 1 == len(data) or data[i + 1] == 10))):
            piece = b'=%02X' % c
        elif header and c == 32:
            piece = b'_'
        else:
            piece = bytes([c])
        if line + len(piece) > 75:
            out += b'=\n'
            line = 0
        out += piece
        line += len(piece)
    return bytes(out)


def a2b_qp(data, header=False):
    data = _ascii_data(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 61:
            if i + 1 < n and data[i + 1] == 10:
                i += 2
                continue
            if i + 2 < n + 0 and data[i + 1:i + 3] == b'\r\n':
                i += 3
                continue
            h = data[i + 1:i + 3]
            if len(h) == 2 and all(x in b'0123456789abcdefABCDEF' for x in h):
                out.append(int(h.decode('ascii'), 16))
                i += 3
                continue
            out.append(c)
        elif header and c == 95:
            out.append(32)
        else:
            out.append(c)
        i += 1
    return bytes(out)
