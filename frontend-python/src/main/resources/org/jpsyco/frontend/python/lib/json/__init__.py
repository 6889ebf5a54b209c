"""Reading and writing JSON text with CPython's output, hooks and error messages.

The package mirrors the standard one: json.decoder holds JSONDecoder and JSONDecodeError,
json.encoder holds JSONEncoder; the scanning and writing run in the built-in _json module.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
from _json import encode as _encode, decode as _decode

try:
    _BYTES = (bytes, bytearray)
except NameError:  # a runtime without bytearray still reads bytes
    _BYTES = (bytes,)

# Encoder and decoder with every option at its default, shared by the plain calls.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()

_ENCODER_DEFAULTS = (False, True, True, True, None, None, None, None, False)


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
             default, sort_keys, kw):
    options = (skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators,
               default, sort_keys)
    if not kw and options == _ENCODER_DEFAULTS:
        return _plain_encoder
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                check_circular=check_circular, allow_nan=allow_nan,
                                indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Return obj as JSON text."""
    if cls is None and not kw:
        # What JSONEncoder(...).encode(obj) does, without making the encoder.
        if separators is not None:
            item_sep, key_sep = separators
        else:
            item_sep = ', ' if indent is None else ','
            key_sep = ': '
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(obj, ensure_ascii, indent, item_sep, key_sep, sort_keys, skipkeys,
                       allow_nan, check_circular, default)
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                    default, sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write obj as JSON text to the file-like object fp."""
    enc = _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                   default, sort_keys, kw)
    for piece in enc.iterencode(obj):
        fp.write(piece)


def detect_encoding(b):
    """The encoding of JSON bytes, from a byte order mark or the pattern of zero bytes."""
    boms = ((b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
            (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))
    for bom, name in boms:
        if b.startswith(bom):
            return name
    zeros = [x == 0 for x in b[:4]]
    if len(b) >= 4:
        if zeros[0]:
            return 'utf-32-be' if zeros[1] else 'utf-16-be'
        if zeros[1]:
            return 'utf-32-le' if zeros[2] and zeros[3] else 'utf-16-le'
    elif len(b) == 2:
        if zeros[0]:
            return 'utf-16-be'
        if zeros[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, _BYTES):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + type(s).__name__)
    if (cls is None and object_hook is None and parse_float is None and parse_int is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _decode(s, True, None, None, None, None, None, JSONDecodeError)
    hooks = {}
    for name, value in (('object_hook', object_hook), ('parse_float', parse_float),
                        ('parse_int', parse_int), ('parse_constant', parse_constant),
                        ('object_pairs_hook', object_pairs_hook)):
        if value is not None:
            hooks[name] = value
    hooks.update(kw)
    return (cls or JSONDecoder)(**hooks).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document read from the file-like object fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
