"""Streams over operating-system file descriptors: io.FileIO (raw, unbuffered), and the binary
and text files os.fdopen makes over one (what CPython's io.open does for an int file).

Reads go straight to os.read; writes of the binary and text layers go to the descriptor when
written (no write buffer to lose), so a file shared with a child process sees them in order.
"""

import os as _os
from io import RawIOBase, BufferedIOBase, TextIOBase, UnsupportedOperation, IncrementalNewlineDecoder

_CHUNK = 8192


def _check_mode(mode, allowed, shown="%s"):
    if not isinstance(mode, str):
        raise TypeError("invalid mode: %r" % (mode,))
    if set(mode) - set(allowed) or len(set(mode)) != len(mode):
        raise ValueError("invalid mode: " + shown % mode)
    if sum(c in mode for c in "rwax") != 1:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")


class FileIO(RawIOBase):
    """A raw binary stream over a file descriptor (or a file it opens by name)."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        _check_mode(mode, "rwxab+")
        plus = "+" in mode
        kind = next(c for c in mode if c in "rwxa")
        self._readable = kind == "r" or plus
        self._writable = kind != "r" or plus
        self._appending = kind == "a"
        # as CPython names it: 'w+' reads too, so it shows as 'rb+'
        self.mode = ("xb" if kind == "x" else "ab" if kind == "a" else "rb" if self._readable else "wb") + (
            "+" if plus else "")
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            self._fd = file
            self.closefd = closefd
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            flags = (_os.O_RDWR if plus else _os.O_RDONLY if kind == "r" else _os.O_WRONLY)
            flags |= {"r": 0, "w": _os.O_CREAT | _os.O_TRUNC, "x": _os.O_CREAT | _os.O_EXCL,
                      "a": _os.O_CREAT | _os.O_APPEND}[kind]
            self._fd = _os.open(file, flags, 0o666) if opener is None else opener(file, flags)
            self.closefd = True
        self.name = file

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self.closefd)

    def _check(self, readable=False, writable=False):
        self._check_closed()
        if readable and not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if writable and not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def fileno(self):
        self._check_closed()
        return self._fd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        try:
            _os.lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_closed()
        return _os.isatty(self._fd)

    def read(self, size=-1):
        self._check(readable=True)
        if size is None or size < 0:
            return self.readall()
        return _os.read(self._fd, size)

    def readall(self):
        self._check(readable=True)
        parts = []
        while True:
            data = _os.read(self._fd, _CHUNK)
            if not data:
                return b"".join(parts)
            parts.append(data)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check(readable=True)
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            c = _os.read(self._fd, 1)
            if not c:
                break
            line += c
            if c == b"\n":
                break
        return bytes(line)

    def write(self, b):
        self._check(writable=True)
        return _os.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check_closed()
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check(writable=True)
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            self._closed = True
            if self.closefd:
                _os.close(self._fd)


class _Layer:
    """The questions a stream layer answers from the stream under it (_under)."""

    def fileno(self):
        return self._under.fileno()

    def readable(self):
        return self._under.readable()

    def writable(self):
        return self._under.writable()

    def seekable(self):
        return self._under.seekable()

    def isatty(self):
        return self._under.isatty()


class BufferedFile(_Layer, BufferedIOBase):
    """A binary file over a FileIO: reads through a read-ahead buffer, writes straight through."""

    def __init__(self, raw, kind):
        self.raw = raw
        self._kind = kind
        self._ahead = b""

    def __repr__(self):
        return "<_io.%s name=%r>" % (self._kind, self.raw.name)

    _under = property(lambda self: self.raw)
    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def _fill(self):
        data = self.raw.read(_CHUNK)
        self._ahead += data
        return bool(data)

    def read(self, size=-1):
        self.raw._check(readable=True)
        if size is None or size < 0:
            data, self._ahead = self._ahead + self.raw.readall(), b""
            return data
        while len(self._ahead) < size and self._fill():
            pass
        data, self._ahead = self._ahead[:size], self._ahead[size:]
        return data

    def read1(self, size=-1):
        if not self._ahead:
            self._fill()
        if size is None or size < 0:
            size = len(self._ahead)
        data, self._ahead = self._ahead[:size], self._ahead[size:]
        return data

    def peek(self, size=0):
        if not self._ahead:
            self._fill()
        return self._ahead

    def readline(self, size=-1):
        self.raw._check(readable=True)
        while b"\n" not in self._ahead and (size is None or size < 0 or len(self._ahead) < size):
            if not self._fill():
                break
        end = self._ahead.find(b"\n") + 1 or len(self._ahead)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._ahead = self._ahead[:end], self._ahead[end:]
        return line

    def write(self, b):
        data = bytes(b)
        self.raw._check(writable=True)
        if self._ahead:
            self.raw.seek(-len(self._ahead), 1)
            self._ahead = b""
        view = memoryview(data)
        while view:
            view = view[self.raw.write(view):]
        return len(data)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() - len(self._ahead)

    def truncate(self, size=None):
        if size is None:
            size = self.tell()
        self.seek(self.tell())
        return self.raw.truncate(size)

    def flush(self):
        self.raw._check_closed()

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw


class TextIOWrapper(_Layer, TextIOBase):
    """A text file over a BufferedFile: decodes on read (universal newlines by default) and
    encodes on write, translating '\\n' to the newline asked for."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        import codecs
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        self.buffer = buffer
        self._encoding = "UTF-8" if encoding in (None, "locale") else encoding
        self._errors = errors or "strict"
        self._newline = newline
        self._encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
        decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
        self._decoder = IncrementalNewlineDecoder(decoder, newline is None)
        self._text = ""

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self._encoding)

    _under = property(lambda self: self.buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self.buffer.closed)
    newlines = property(lambda self: self._decoder.newlines)

    @property
    def mode(self):
        return self.buffer.mode.replace("b", "")

    def _more(self):
        data = self.buffer.read1(_CHUNK)
        self._text += self._decoder.decode(data, final=not data)
        return bool(data)

    def read(self, size=-1):
        self.buffer.raw._check(readable=True)
        if size is None or size < 0:
            while self._more():
                pass
            text, self._text = self._text, ""
            return text
        while len(self._text) < size and self._more():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def _line_end(self):
        if self._newline in (None, "\n"):
            return self._text.find("\n") + 1
        if self._newline:
            i = self._text.find(self._newline)
            return i + len(self._newline) if i >= 0 else 0
        ends = [i + 1 for i in (self._text.find("\n"), self._text.find("\r")) if i >= 0]
        if not ends:
            return 0
        end = min(ends)
        if self._text[end - 1] == "\r" and self._text[end:end + 1] == "\n":
            end += 1
        return end

    def readline(self, size=-1):
        self.buffer.raw._check(readable=True)
        while True:
            end = self._line_end()
            if end and (end < len(self._text) or self._newline != "" or self._text[-1] != "\r"):
                break
            if not self._more():
                end = len(self._text)
                break
        if size is not None and 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self.buffer.raw._check(writable=True)
        text = s.replace("\n", self._newline) if self._newline not in (None, "", "\n") else s
        self.buffer.write(self._encoder.encode(text))
        return len(s)

    def seek(self, pos, whence=0):
        self._text = ""
        self._decoder.reset()
        return self.buffer.seek(pos, whence)

    def tell(self):
        return self.buffer.tell() - len(self._text.encode(self._encoding, self._errors))

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def detach(self):
        buffer, self.buffer = self.buffer, None
        return buffer


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """A file object over the open descriptor fd (os.fdopen)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    _check_mode(mode, "rwxabt+", "%r")
    binary = "b" in mode
    if binary and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    raw = FileIO(fd, mode.replace("b", "").replace("t", ""), closefd)
    if binary and buffering == 0:
        return raw
    if buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    kind = BufferedRandom if "+" in mode else BufferedReader if "r" in mode else BufferedWriter
    buffer = kind(raw, kind.__name__)
    return buffer if binary else TextIOWrapper(buffer, encoding, errors, newline)


class BufferedReader(BufferedFile):
    pass


class BufferedWriter(BufferedFile):
    pass


class BufferedRandom(BufferedFile):
    pass


for _cls in (FileIO, BufferedFile, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper):
    _cls.__module__ = "_io"
del _cls
