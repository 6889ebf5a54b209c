"""Reading and writing gzip files (RFC 1952), on top of zlib."""

import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2


def write32u(output, value):
    output.write(struct.pack('<L', value))
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """The data is not in the gzip format."""


def _header(level, mtime, name=b''):
    xfl = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    flags = 8 if name else 0
    head = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff) + bytes([xfl, 255])
    if name:
        head += name + b'\0'
    return head


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Returns data compressed into one gzip member."""
    if mtime == 0:
        # zlib writes the header itself then, naming Unix as the system.
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, wbits=-15)
    return (_header(compresslevel, mtime) + body
            + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))


def _members(data):
    """Decompresses every gzip member of data in turn."""
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        if data[pos:pos + 2] != b'\x1f\x8b':
            if pos and not data[pos:].strip(b'\0'):
                break
            raise BadGzipFile('Not a gzipped file (%r)' % bytes(data[pos:pos + 2]))
        if len(data) - pos < 10:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        if data[pos + 2] != 8:
            raise BadGzipFile('Unknown compression method')
        flag = data[pos + 3]
        p = pos + 10
        if flag & 4:
            p += 2 + (data[p] | data[p + 1] << 8)
        for bit in (8, 16):
            if flag & bit:
                p = data.index(b'\0', p) + 1
        if flag & 2:
            p += 2
        d = zlib.decompressobj(-15)
        chunk = d.decompress(data[p:])
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        trailer = d.unused_data
        if len(trailer) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, size = struct.unpack('<LL', trailer[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(zlib.crc32(chunk))))
        if size != len(chunk) & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        out.append(chunk)
        pos = n - len(trailer) + 8
    return b''.join(out)


def decompress(data):
    """Returns the uncompressed data of every gzip member in data."""
    return _members(bytes(data))


class GzipFile(io.BufferedIOBase if hasattr(io, 'BufferedIOBase') else object):
    """A file object that compresses what is written and decompresses what is read."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = __builtins__['open'](filename, mode or 'rb') \
                if isinstance(__builtins__, dict) else __builtins__.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self._closed = False
        if mode.startswith('r'):
            self.mode = READ
            self._data = _members(fileobj.read())
            self._pos = 0
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._level = compresslevel
            self._crc = 0
            self._size = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -15, 9, 0)
            fname = os.path.basename(filename)
            if isinstance(fname, str):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            fileobj.write(_header(compresslevel, time.time() if mtime is None else mtime, fname))
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))

    @property
    def closed(self):
        return self._closed

    def _check(self, want):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if self.mode != want:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object' if want == READ
                          else 'write() on read-only GzipFile object')

    def write(self, data):
        self._check(WRITE)
        if isinstance(data, memoryview):
            data = data.tobytes()
        data = bytes(data)
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self.fileobj.write(self._compress.compress(data))
        return len(data)

    def read(self, size=-1):
        self._check(READ)
        if size is None or size < 0:
            chunk = self._data[self._pos:]
        else:
            chunk = self._data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    read1 = read

    def peek(self, n):
        self._check(READ)
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check(READ)
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seekable(self):
        return True

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def tell(self):
        return self._pos if self.mode == READ else self._size

    def seek(self, offset, whence=0):
        if self.mode == READ:
            base = {0: 0, 1: self._pos, 2: len(self._data)}[whence]
            self._pos = max(0, base + offset)
            return self._pos
        raise OSError('Negative seek in write mode')

    def rewind(self):
        self._pos = 0

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.mode == WRITE and not self._closed:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        if self._closed:
            return
        try:
            if self.mode == WRITE:
                self.fileobj.write(self._compress.flush())
                self.fileobj.write(struct.pack('<LL', self._crc, self._size & 0xffffffff))
        finally:
            self._closed = True
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __enter__(self):
        if self._closed:
            raise ValueError('I/O operation on closed GzipFile object')
        return self

    def __exit__(self, *exc):
        self.close()

    def fileno(self):
        return self.fileobj.fileno()

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'


class _TextGzip:
    """Text mode over a GzipFile: decodes on read, encodes on write."""

    def __init__(self, binary, encoding, errors, newline):
        self._bin = binary
        self._enc = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        self._pending = []
        if binary.mode == READ:
            text = binary.read().decode(self._enc, self._errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._buf = io.StringIO(text, newline='' if newline is None else newline)

    def read(self, size=-1):
        return self._buf.read(size)

    def readline(self, size=-1):
        return self._buf.readline(size)

    def readlines(self, hint=-1):
        return self._buf.readlines()

    def __iter__(self):
        return iter(self._buf)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._bin.write(text.encode(self._enc, self._errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def closed(self):
        return self._bin.closed

    def close(self):
        self._bin.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextGzip(binary, encoding, errors, newline)
    return binary
