"""Compression compatible with gzip: deflate streams in the zlib, raw and gzip formats."""

import _jpsyco_zlib as _z

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


error.__module__ = 'zlib'


def _data(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _check_compress_wbits(wbits):
    if not (9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31):
        raise ValueError('Invalid initialization option')


def _check_level(level):
    if not -1 <= level <= 9:
        raise error('Bad compression level')


def _check_decompress_wbits(wbits, when):
    if not (8 <= wbits <= 15 or -15 <= wbits <= -8 or 24 <= wbits <= 31 or 40 <= wbits <= 47 or wbits == 0):
        raise error('Error -2 while %s: inconsistent stream state' % when)


def crc32(data, value=0, /):
    return _z.crc32(_data(data), value)


def adler32(data, value=1, /):
    return _z.adler32(_data(data), value)


class Compress:
    """A compression stream made by compressobj()."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        return _z.compress(self._h, _data(data))

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        if self._done:
            raise error('Error -2 while flushing: inconsistent stream state')
        out = _z.flush(self._h, mode if mode in (Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH) else Z_SYNC_FLUSH)
        if mode == Z_FINISH:
            self._done = True
        return out

    def copy(self):
        raise ValueError('Inconsistent stream state')


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    _check_level(level)
    if method != DEFLATED or not 1 <= memLevel <= 9:
        raise ValueError('Invalid initialization option')
    _check_compress_wbits(wbits)
    c = object.__new__(Compress)
    c._h = _z.compressor(level, wbits, strategy)
    c._done = False
    if zdict is not None:
        _z.set_dictionary(c._h, _data(zdict))
    return c


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    _check_level(level)
    _check_compress_wbits(wbits)
    h = _z.compressor(level, wbits, 0)
    return _z.compress(h, _data(data)) + _z.flush(h, Z_FINISH)


class Decompress:
    """A decompression stream made by decompressobj()."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    def _state(self):
        self.eof, self.unused_data, self.unconsumed_tail, _ = _z.state(self._h)

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        out = _z.decompress(self._h, _data(data), max_length)
        if isinstance(out, tuple):
            if out[1] == 'need dictionary' or _z.state(self._h)[3]:
                if self._zdict is None:
                    raise error('Error 2 while decompressing data')
            raise error('Error %d while decompressing data: %s' % out)
        if not out and _z.state(self._h)[3] and self._zdict is not None:
            _z.set_dictionary(self._h, self._zdict)
            out = _z.decompress(self._h, b'', max_length)
        elif not out and _z.state(self._h)[3]:
            raise error('Error 2 while decompressing data')
        self._state()
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError('length must be greater than zero')
        out = b''
        if self.unconsumed_tail:
            out = _z.decompress(self._h, b'', 0)
            if isinstance(out, tuple):
                raise error('Error %d while decompressing data: %s' % out)
            self._state()
        return out

    def copy(self):
        raise ValueError('Inconsistent stream state')


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    _check_decompress_wbits(wbits, 'creating decompression object')
    d = object.__new__(Decompress)
    d._h = _z.decompressor(47 if wbits == 0 else wbits)
    d._zdict = bytes(_data(zdict)) if zdict else None
    d.eof = False
    d.unused_data = b''
    d.unconsumed_tail = b''
    if d._zdict is not None and wbits < 0:
        _z.set_dictionary(d._h, d._zdict)
    return d


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    _check_decompress_wbits(wbits, 'preparing to decompress data')
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    h = _z.decompressor(47 if wbits == 0 else wbits)
    out = _z.decompress(h, _data(data), 0)
    if isinstance(out, tuple):
        raise error('Error %d while decompressing data: %s' % out)
    eof, unused, tail, need_dict = _z.state(h)
    if need_dict:
        raise error('Error 2 while decompressing data')
    if not eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out
