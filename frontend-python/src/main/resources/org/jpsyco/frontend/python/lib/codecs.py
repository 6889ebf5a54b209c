"""Codec registry and base classes: encode/decode by name, incremental and stream codecs."""

import builtins
import sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE',
           'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32',
           'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter', 'encode', 'decode',
           'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'namereplace_errors', 'register_error',
           'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes; also the 4-tuple (encode, decode, reader, writer)."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))


class Codec:
    """Stateless encoding and decoding."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; keeps state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decodes input given in pieces; keeps incomplete sequences between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# -- the codecs themselves -----------------------------------------------------------------

def _canonical(encoding):
    e = encoding.strip().lower().replace('_', '-').replace(' ', '-')
    table = {
        'utf8': 'utf-8', 'utf-8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
        'utf-8-sig': 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
        'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
        'latin-1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
        'iso-8859-1': 'iso8859-1', 'iso8859-1': 'iso8859-1', 'iso-ir-100': 'iso8859-1', 'cp819': 'iso8859-1',
        '8859': 'iso8859-1',
        'utf-16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16', 'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le',
        'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be', 'utf-32': 'utf-32', 'utf32': 'utf-32',
        'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le', 'utf-32-be': 'utf-32-be', 'utf-32be': 'utf-32-be',
        'unicode-escape': 'unicode-escape', 'raw-unicode-escape': 'raw-unicode-escape',
        'hex': 'hex', 'hex-codec': 'hex', 'base64': 'base64', 'base-64': 'base64', 'base64-codec': 'base64',
        'rot13': 'rot-13', 'rot-13': 'rot-13', 'zlib': 'zlib', 'zip': 'zlib', 'zlib-codec': 'zlib',
        'windows-1252': 'cp1252', 'cp1252': 'cp1252',
    }
    if e in table:
        return table[e]
    if e.startswith('iso-8859-'):
        return 'iso8859-' + e[9:]
    return e


def _text_codec(name):
    def enc(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def dec(input, errors='strict'):
        return bytes(input).decode(name, errors), len(input)
    return enc, dec


def _unicode_escape_encode(input, errors='strict', raw=False):
    out = []
    for ch in input:
        o = ord(ch)
        if raw:
            out.append(ch.encode('latin-1') if o < 256 else
                       ('\\u%04x' % o if o < 0x10000 else '\\U%08x' % o).encode('ascii'))
        else:
            if ch == '\\':
                out.append(b'\\\\')
            elif ch == '\t':
                out.append(b'\\t')
            elif ch == '\n':
                out.append(b'\\n')
            elif ch == '\r':
                out.append(b'\\r')
            elif 32 <= o < 127:
                out.append(ch.encode('ascii'))
            elif o < 256:
                out.append(('\\x%02x' % o).encode('ascii'))
            elif o < 0x10000:
                out.append(('\\u%04x' % o).encode('ascii'))
            else:
                out.append(('\\U%08x' % o).encode('ascii'))
    return b''.join(out), len(input)


def _unicode_escape_decode(input, errors='strict', raw=False):
    data = bytes(input)
    out = []
    i = 0
    n = len(data)
    simple = {ord('n'): '\n', ord('t'): '\t', ord('r'): '\r', ord('\\'): '\\', ord("'"): "'", ord('"'): '"',
              ord('a'): '\a', ord('b'): '\b', ord('f'): '\f', ord('v'): '\v', ord('\n'): ''}
    while i < n:
        c = data[i]
        if c != 92 or i + 1 >= n:
            out.append(chr(c))
            i += 1
            continue
        nxt = data[i + 1]
        if raw and nxt not in (ord('u'), ord('U')):
            out.append('\\')
            i += 1
            continue
        if not raw and nxt in simple:
            out.append(simple[nxt])
            i += 2
            continue
        if nxt in (ord('x'), ord('u'), ord('U')):
            width = {ord('x'): 2, ord('u'): 4, ord('U'): 8}[nxt]
            digits = data[i + 2:i + 2 + width]
            try:
                if len(digits) != width:
                    raise ValueError
                out.append(chr(int(digits.decode('ascii'), 16)))
            except ValueError:
                kind = {2: '\\xXX', 4: '\\uXXXX', 8: '\\UXXXXXXXX'}[width]
                raise UnicodeDecodeError('rawunicodeescape' if raw else 'unicodeescape', data, i,
                                         min(n, i + 2 + width), 'truncated %s escape' % kind) from None
            i += 2 + width
            continue
        if not raw and 48 <= nxt <= 55:
            j = i + 1
            while j < n and j < i + 4 and 48 <= data[j] <= 55:
                j += 1
            out.append(chr(int(data[i + 1:j].decode('ascii'), 8)))
            i = j
            continue
        out.append('\\')
        i += 1
    return ''.join(out), len(input)


def _bytes_codec(name):
    import binascii

    def enc(input, errors='strict'):
        data = bytes(input)
        if name == 'hex':
            return binascii.b2a_hex(data), len(input)
        if name == 'base64':
            import base64
            return base64.encodebytes(data), len(input)
        import zlib
        return zlib.compress(data), len(input)

    def dec(input, errors='strict'):
        data = bytes(input)
        if name == 'hex':
            return binascii.a2b_hex(data), len(input)
        if name == 'base64':
            return binascii.a2b_base64(data), len(input)
        import zlib
        return zlib.decompress(data), len(input)
    return enc, dec


def _rot13(input, errors='strict'):
    out = []
    for ch in input:
        o = ord(ch)
        if 65 <= o <= 90:
            ch = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            ch = chr((o - 97 + 13) % 26 + 97)
        out.append(ch)
    return ''.join(out), len(input)


def _utf8_cut(data):
    """How many bytes at the end of data start a UTF-8 sequence still incomplete."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        return back if need > back else 0
    return 0


def _make_incremental(name):
    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            data = input.encode(name, self.errors)
            if name in ('utf-16', 'utf-32', 'utf-8-sig'):
                if self._started:
                    bom = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]
                    data = data[bom:]
                elif input:
                    self._started = True
                else:
                    data = b''
            return data

        def reset(self):
            self._started = False

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            data = bytes(input)
            keep = 0
            if not final:
                if name in ('utf-8', 'utf-8-sig'):
                    keep = _utf8_cut(data)
                    if name == 'utf-8-sig' and len(data) < 3 and BOM_UTF8.startswith(data):
                        keep = len(data)
                elif name.startswith('utf-16'):
                    keep = len(data) % 2
                    if len(data) - keep >= 2:
                        unit = data[len(data) - keep - 2:len(data) - keep]
                        hi = unit[1] if name != 'utf-16-be' else unit[0]
                        if 0xD8 <= hi <= 0xDB:
                            keep += 2
                elif name.startswith('utf-32'):
                    keep = len(data) % 4
            body = data[:len(data) - keep]
            if name == 'utf-8-sig' and getattr(self, '_bom_done', False):
                text = body.decode('utf-8', errors)
            else:
                text = body.decode(name, errors)
                if body:
                    self._bom_done = True
            return text, len(body)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._bom_done = False

    Encoder.__name__ = 'IncrementalEncoder'
    Decoder.__name__ = 'IncrementalDecoder'
    return Encoder, Decoder


_registry = {}
_search_functions = []


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _registry.clear()


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError if none is known."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    if key in _registry:
        return _registry[key]
    for fn in _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError('codec search functions must return 4-tuples')
                info = CodecInfo(*info)
            _registry[key] = info
            return info
    name = _canonical(encoding)
    if name in ('unicode-escape', 'raw-unicode-escape'):
        raw = name.startswith('raw')
        info = CodecInfo(lambda s, errors='strict': _unicode_escape_encode(s, errors, raw),
                         lambda b, errors='strict': _unicode_escape_decode(b, errors, raw), name=name.replace('-', '_'))
    elif name in ('hex', 'base64', 'zlib'):
        enc, dec = _bytes_codec(name)
        info = CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    elif name == 'rot-13':
        info = CodecInfo(_rot13, _rot13, name='rot-13', _is_text_encoding=False)
    else:
        try:
            ''.encode(name)
        except LookupError:
            raise LookupError('unknown encoding: %s' % encoding) from None
        enc, dec = _text_codec(name)
        ienc, idec = _make_incremental(name)
        info = CodecInfo(enc, dec, _make_reader(name, idec), _make_writer(name, ienc), ienc, idec, name=name)
    _registry[key] = info
    return info


def _make_reader(name, decoder_class):
    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return bytes(input).decode(name, errors), len(input)
    Reader.__name__ = 'StreamReader'
    return Reader


def _make_writer(name, encoder_class):
    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            # One incremental encoder per stream: a BOM is written once, at its start.
            enc = self.__dict__.get('_incremental')
            if enc is None:
                enc = self.__dict__['_incremental'] = encoder_class(errors)
            return enc.encode(input), len(input)
    Writer.__name__ = 'StreamWriter'
    return Writer


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except (TypeError, AttributeError) as e:
        raise TypeError("%s" % e) from None
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for encoding."""
    info = lookup(encoding)
    if info._is_text_encoding and isinstance(obj, str):
        raise TypeError("decoding with '%s' codec failed (TypeError: a bytes-like object is required, not 'str')"
                        % info.name)
    return info.decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = encoder.encode(piece)
        if out:
            yield out
    out = encoder.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = decoder.decode(piece)
        if out:
            yield out
    out = decoder.decode(b'', True)
    if out:
        yield out


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._text = None
        self._pos = 0

    def _load(self):
        if self._text is None:
            self._text = self.decode(self.stream.read(), self.errors)[0]

    def read(self, size=-1, chars=-1, firstline=False):
        self._load()
        n = chars if chars >= 0 else size
        if n < 0:
            out = self._text[self._pos:]
        else:
            out = self._text[self._pos:self._pos + n]
        self._pos += len(out)
        return out

    def readline(self, size=None, keepends=True):
        self._load()
        end = self._text.find('\n', self._pos)
        end = len(self._text) if end < 0 else end + 1
        line = self._text[self._pos:end]
        self._pos = end
        return line if keepends else line.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        self._load()
        rest = self._text[self._pos:]
        self._pos = len(self._text)
        return rest.splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __iter__(self):
        return iter(self.reader)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


StreamRecoder = StreamReaderWriter


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens a file in binary mode and wraps it to encode and decode with encoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except BaseException:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    return StreamReaderWriter(file, lookup(data_encoding).streamreader, lookup(data_encoding).streamwriter, errors)


def _handler(name):
    def handler(exc):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    handler.__name__ = name + '_errors'
    return handler


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        return (''.join('\\x%02x' % ord(c) if ord(c) < 256 else '\\u%04x' % ord(c) if ord(c) < 0x10000
                        else '\\U%08x' % ord(c) for c in s), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            n = unicodedata.name(c, None)
            out.append('\\N{%s}' % n if n else backslashreplace_errors(
                UnicodeEncodeError('ascii', c, 0, 1, ''))[0])
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
                   'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
                   'namereplace': namereplace_errors}


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


def _codec_functions(encoding, final_default=False):
    def enc(str, errors=None):
        return str.encode(encoding, errors or 'strict'), len(str)

    def dec(data, errors=None, final=final_default):
        data = bytes(data)
        return data.decode(encoding, errors or 'strict'), len(data)
    return enc, dec


utf_8_encode, utf_8_decode = _codec_functions('utf-8')
ascii_encode, ascii_decode = _codec_functions('ascii')
latin_1_encode, latin_1_decode = _codec_functions('latin-1')
utf_16_encode, utf_16_decode = _codec_functions('utf-16')
utf_16_le_encode, utf_16_le_decode = _codec_functions('utf-16-le')
utf_16_be_encode, utf_16_be_decode = _codec_functions('utf-16-be')
utf_32_encode, utf_32_decode = _codec_functions('utf-32')
utf_32_le_encode, utf_32_le_decode = _codec_functions('utf-32-le')
utf_32_be_encode, utf_32_be_decode = _codec_functions('utf-32-be')


def unicode_escape_encode(str, errors=None):
    return _unicode_escape_encode(str, errors or 'strict')


def unicode_escape_decode(data, errors=None, final=True):
    return _unicode_escape_decode(data, errors or 'strict')


def raw_unicode_escape_encode(str, errors=None):
    return _unicode_escape_encode(str, errors or 'strict', True)


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _unicode_escape_decode(data, errors or 'strict', True)
