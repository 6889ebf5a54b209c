"""Typed arrays of numbers or characters: array(typecode[, initializer]).

Items are held as Python values already converted to what the C type can represent (range
checked ints, floats rounded to single precision for 'f'); the byte image for tobytes and
frombytes comes from the struct module, little-endian as on the machines jpsyco runs on.
"""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message when too large, message when too small) for the small types;
# the 8-byte types report as CPython's long conversions do
_INT_LIMITS = {
    'b': (-128, 127, "signed char is greater than maximum", "signed char is less than minimum"),
    'B': (0, 255, "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum"),
    'h': (-32768, 32767, "signed short integer is greater than maximum", "signed short integer is less than minimum"),
    'H': (0, 65535, "unsigned short is greater than maximum", "unsigned short is less than minimum"),
    'i': (-2**31, 2**31 - 1, "signed integer is greater than maximum", "signed integer is less than minimum"),
    'I': (0, 2**32 - 1, "unsigned int is greater than maximum", "can't convert negative value to unsigned int"),
}
_STRUCT_CODE = {'u': 'I', 'l': 'q', 'L': 'Q'}
_WIDER_FIRST = {'b': 'h', 'H': 'i'}
_LONG_MIN = -2**63
_LONG_MAX = 2**63 - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


def _check_int(code, v):
    v = _index(v)
    limits = _INT_LIMITS.get(code)
    if limits is not None:
        if code == 'I':
            if v < 0:
                raise OverflowError(limits[3])
            if v > 2**64 - 1:
                raise OverflowError("Python int too large to convert to C unsigned long")
        elif v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        # 'b' values pass through a C short first and 'H' values through a C int, as in CPython
        first = _INT_LIMITS.get(_WIDER_FIRST.get(code))
        for lo, hi, too_large, too_small in ((first, limits) if first else (limits,)):
            if v > hi:
                raise OverflowError(too_large)
            if v < lo:
                raise OverflowError(too_small)
        return v
    if code == 'l':
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
    elif code == 'L':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > 2**64 - 1:
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif code == 'q':
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("int too big to convert")
    elif code == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > 2**64 - 1:
            raise OverflowError("int too big to convert")
    return v


def _convert(code, v):
    """v as an item of an array of this typecode, or the error CPython raises."""
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if code == 'f' or code == 'd':
        if isinstance(v, float):
            f = v
        elif isinstance(v, int):
            f = float(v)
        elif hasattr(type(v), '__float__'):
            f = type(v).__float__(v)
        elif hasattr(type(v), '__index__'):
            f = float(type(v).__index__(v))
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if code == 'f':
            f = _struct.unpack('f', _struct.pack('f', f))[0]
        return f
    return _check_int(code, v)


class array:
    """array(typecode[, initializer]): an efficient sequence of numbers or characters of one C type."""

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, bytes):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._code == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'"
                                % typecode)
            self._items = [_convert(typecode, v) for v in initializer._items]
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _ITEMSIZE[self._code]

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def append(self, v):
        self._items.append(_convert(self._code, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        code = self._code
        for v in iterable:
            self._items.append(_convert(code, v))

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        code = self._code
        converted = [_convert(code, v) for v in items]
        self._items.extend(converted)

    def tolist(self):
        return list(self._items)

    def _struct_format(self, n, order='<'):
        # struct's standard sizes: 'l'/'L' items are 8 bytes here, which struct calls 'q'/'Q'
        return '%s%d%s' % (order, n, _STRUCT_CODE.get(self._code, self._code))

    def tobytes(self):
        if self._code == 'u':
            return _struct.pack(self._struct_format(len(self._items)), *map(ord, self._items))
        return _struct.pack(self._struct_format(len(self._items)), *self._items)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._struct_format(len(data) // size), data)
        if self._code == 'u':
            values = map(chr, values)
        self._items.extend(values)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def insert(self, i, v):
        self._items.insert(i, _convert(self._code, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        start = max(start + n, 0) if start < 0 else min(start, n)
        stop = max(stop + n, 0) if stop < 0 else min(stop, n)
        for i in range(start, stop):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        n = len(self._items)
        values = _struct.unpack(self._struct_format(n, '>'), self.tobytes())
        self._items = []
        self.frombytes(_struct.pack(self._struct_format(n), *values))

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        n = len(self._items)
        i = _index(i)
        if i < -n or i >= n:
            raise IndexError("array assignment index out of range")
        self._items[i] = _convert(self._code, v)

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._code, self.tolist()), None)

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._code
        if self._code == 'u':
            return "array('u', %r)" % self.tounicode()
        return "array('%s', %r)" % (self._code, self._items)

    def __bytes__(self):
        return self.tobytes()


array.__module__ = "array"
ArrayType = array
