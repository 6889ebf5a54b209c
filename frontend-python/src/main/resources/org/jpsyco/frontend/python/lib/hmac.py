"""HMAC (keyed-hashing for message authentication), RFC 2104."""

import hashlib as _hashlib
import _jpsyco_hash

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']


def compare_digest(a, b, /):
    """Returns a == b in time that depends only on the length, not on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            return _jpsyco_hash.compare(a.encode('ascii'), b.encode('ascii'))
        except UnicodeEncodeError:
            raise TypeError('comparing strings with non-ASCII characters is not supported') from None
    if isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    return _jpsyco_hash.compare(bytes(a), bytes(b))


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An HMAC object; update() it with the message, then read digest() or hexdigest()."""
    blocksize = 64

    __slots__ = ('_inner', '_outer', '_digest_size', '_block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _digest_constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self._digest_size = self._inner.digest_size
        bs = getattr(self._inner, 'block_size', 64)
        if bs < 16:
            bs = self.blocksize
        self._block_size = bs
        if len(key) > bs:
            key = make(key).digest()
        key = bytes(key).ljust(bs, b'\0')
        self._outer.update(bytes(x ^ 0x5C for x in key))
        self._inner.update(bytes(x ^ 0x36 for x in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Returns a new HMAC object keyed with key, using digestmod's hash."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Returns the HMAC of msg under key at once."""
    return HMAC(key, msg, digest).digest()
