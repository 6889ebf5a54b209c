"""In-memory streams (StringIO, BytesIO), the stream base classes and open().

Both in-memory streams keep their contents as a list of pieces that is joined only when
something reads or overwrites it, so a long series of writes at the end stays linear.
"""

import sys as _sys

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "IncrementalNewlineDecoder", "open_code", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
TextIOWrapper = type(_sys.stdout)


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    """The base of every stream class."""

    _closed_message = "I/O operation on closed file."
    # readlines(hint) stops once the lines read reach hint (BytesIO) or exceed it (StringIO)
    _hint_inclusive = True

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, "_closed", False)

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint or (self._hint_inclusive and total == hint):
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


class _MemoryStream:
    """The state shared by StringIO and BytesIO: pieces, position, length."""

    def _init_buffer(self, empty, initial):
        self._empty = empty
        self._pieces = [initial] if initial else []
        self._length = len(initial)
        self._pos = 0
        self._closed = False

    def _value(self):
        if len(self._pieces) != 1:
            self._pieces = [self._empty.join(self._pieces)] if self._pieces else []
        return self._pieces[0] if self._pieces else self._empty

    def _write_data(self, data):
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos == self._length:
            self._pieces.append(data)
        elif pos > self._length:
            self._pieces.append(self._filler * (pos - self._length))
            self._pieces.append(data)
        else:
            value = self._value()
            self._pieces = [value[:pos], data, value[pos + n:]]
        self._pos = pos + n
        self._length = max(self._length, self._pos)
        return n

    def _read_data(self, size):
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        pos = self._pos
        if pos >= self._length:
            return self._empty
        end = self._length if size < 0 else min(self._length, pos + size)
        self._pos = end
        return self._value()[pos:end]

    def _readline_data(self, size, newline):
        if size is None:
            size = -1
        pos = self._pos
        if pos >= self._length:
            return self._empty
        value = self._value()
        i = value.find(newline, pos)
        end = self._length if i < 0 else i + len(newline)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return value[pos:end]

    def _seek(self, pos, whence):
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._length + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def _truncate(self, size):
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < self._length:
            self._pieces = [self._value()[:size]]
            self._length = size
        return size


class StringIO(_MemoryStream, TextIOBase):
    """A text stream kept in memory."""

    _filler = '\0'
    _closed_message = "I/O operation on closed file"
    _hint_inclusive = False

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._init_buffer('', self._translate(initial_value))

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        length = len(s)
        self._write_data(self._translate(s))
        return length

    def read(self, size=-1):
        self._check_closed()
        return self._read_data(size)

    def readline(self, size=-1):
        self._check_closed()
        if size is not None and not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        newline = self._newline if self._newline else '\n'
        return self._readline_data(size, newline)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            # CPython reports end-relative seeks with the cur-relative message too
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0 and isinstance(pos, int) and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is not None and size < 0:
            raise ValueError("Negative size value %d" % size)
        return self._truncate(size)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos)


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream kept in memory."""

    _filler = b'\0'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init_buffer(b'', _as_bytes(initial_bytes))

    def getvalue(self):
        self._check_closed()
        return self._value()

    def getbuffer(self):
        self._check_closed()
        return self._value()

    def write(self, b):
        self._check_closed()
        return self._write_data(_as_bytes(b))

    def read(self, size=-1):
        self._check_closed()
        return self._read_data(size)

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        return self._readline_data(size, b'\n')

    def readinto(self, buffer):
        self._check_closed()
        data = self._read_data(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0 and isinstance(pos, int) and pos < 0:
            raise ValueError("negative seek value %d" % pos)
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        return self._truncate(size)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True


def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, str) or not hasattr(b, '__len__'):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    return bytes(b)


def __getattr__(name):
    # FileIO (raw streams over file descriptors) loads with its first use
    if name == "FileIO":
        from _fdio import FileIO
        globals()["FileIO"] = FileIO
        return FileIO
    raise AttributeError(f"module 'io' has no attribute '{name}'")


BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = BufferedIOBase
try:
    BlockingIOError = BlockingIOError
except NameError:
    BlockingIOError = OSError



def open_code(path):
    """Opens a file of code to run, for reading as bytes (the hook import machinery would call)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2, /):
    """The encoding a text file opened with this encoding argument uses: 'locale' for None."""
    if encoding is not None:
        return encoding
    return "utf-8" if getattr(_sys.flags, "utf8_mode", 0) else "locale"


class IncrementalNewlineDecoder:
    """Turns \\r\\n and \\r into \\n (with translate) while decoding piece by piece, holding a
    trailing \\r back until the next piece shows whether \\n follows; records the kinds seen."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = "io"
for _cls in (StringIO, BytesIO, IncrementalNewlineDecoder):
    _cls.__module__ = "_io"
del _cls
