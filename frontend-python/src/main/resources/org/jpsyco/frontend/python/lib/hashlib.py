"""Secure hashes and message digests: MD5, the SHA-1, SHA-2 and SHA-3 families, SHAKE, BLAKE2;
PBKDF2 and scrypt."""

import _jpsyco_hash

# (digest size, block size) of each algorithm.
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128), 'sha512_256': (32, 128),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
    'blake2b': (64, 128), 'blake2s': (32, 64), 'shake_128': (0, 168), 'shake_256': (0, 136),
}
_ALIASES = {'sha-1': 'sha1', 'sha-224': 'sha224', 'sha-256': 'sha256', 'sha-384': 'sha384',
            'sha-512': 'sha512', 'sha3-224': 'sha3_224', 'sha3-256': 'sha3_256',
            'sha3-384': 'sha3_384', 'sha3-512': 'sha3_512', 'sha512-224': 'sha512_224',
            'sha512-256': 'sha512_256', 'blake2b512': 'blake2b', 'blake2s256': 'blake2s',
            'shake128': 'shake_128', 'shake256': 'shake_256'}

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
                         'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'blake2b', 'blake2s'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'scrypt', 'file_digest')


def _data(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("object supporting the buffer API required")


class HASH:
    """A hash object: feed it with update(), read it with digest() or hexdigest()."""

    __slots__ = ('_name', '_handle')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @classmethod
    def _open(cls, name, handle):
        self = object.__new__(cls)
        self._name = name
        self._handle = handle
        return self

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data, /):
        _jpsyco_hash.update(self._handle, _data(data))

    def digest(self):
        return _jpsyco_hash.digest(self._handle)

    def hexdigest(self):
        return _jpsyco_hash.digest(self._handle).hex()

    def copy(self):
        return type(self)._open(self._name, _jpsyco_hash.copy(self._handle))

    def __repr__(self):
        return '<%s %s object @ %s>' % (self._name, _type_name(type(self)), hex(id(self)))


def _type_name(cls):
    return cls.__module__ + '.' + cls.__name__


HASH.__module__ = '_hashlib'


_MISSING = object()


class HASHXOF(HASH):
    """An extendable-output hash (SHAKE): digest(length) gives as many bytes as asked."""

    __slots__ = ()

    def digest(self, length=_MISSING):
        return _jpsyco_hash.digest(self._handle, _xof_length('digest', length))

    def hexdigest(self, length=_MISSING):
        return _jpsyco_hash.digest(self._handle, _xof_length('hexdigest', length)).hex()


HASHXOF.__module__ = '_hashlib'


def _xof_length(method, length):
    import operator
    if length is _MISSING:
        raise TypeError("%s() missing required argument 'length' (pos 1)" % method)
    length = operator.index(length)
    if length < 0 or length >= 2 ** 31:
        raise MemoryError()
    return length


def _normalize(name):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    key = _ALIASES.get(key, key)
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return key


def new(name, data=b'', **kwargs):
    """Returns a new hash object for the named algorithm, fed with data."""
    key = _normalize(name)
    if key == 'blake2b':
        return blake2b(data, **kwargs)
    if key == 'blake2s':
        return blake2s(data, **kwargs)
    kwargs.pop('usedforsecurity', None)
    if 'string' in kwargs:
        data = kwargs.pop('string')
    h = (HASHXOF if key.startswith('shake') else HASH)._open(key, _jpsyco_hash.open(key))
    h.update(data)
    return h


def _constructor(name):
    def construct(string=b'', *, usedforsecurity=True):
        return new(name, string)
    construct.__name__ = 'openssl_' + name
    construct.__qualname__ = construct.__name__
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


class _Blake2(HASH):
    __slots__ = ('_size',)
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16

    def __new__(cls, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                usedforsecurity=True):
        name = cls.__name__
        limit = cls.MAX_DIGEST_SIZE
        if digest_size is None:
            digest_size = limit
        if not 1 <= digest_size <= limit:
            raise ValueError('digest_size must be between 1 and %d bytes' % limit)
        if len(key) > cls.MAX_KEY_SIZE:
            raise ValueError('maximum key length is %d bytes' % cls.MAX_KEY_SIZE)
        if len(salt) > cls.SALT_SIZE:
            raise ValueError('maximum salt length is %d bytes' % cls.SALT_SIZE)
        if len(person) > cls.PERSON_SIZE:
            raise ValueError('maximum person length is %d bytes' % cls.PERSON_SIZE)
        self = object.__new__(cls)
        self._name = name
        self._size = digest_size
        self._handle = _jpsyco_hash.open(name, digest_size, bytes(key), bytes(salt), bytes(person))
        if data:
            self.update(data)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def digest_size(self):
        return self._size

    def copy(self):
        c = object.__new__(type(self))
        c._name = self._name
        c._size = self._size
        c._handle = _jpsyco_hash.copy(self._handle)
        return c

    def __repr__(self):
        return '<%s.%s object at %s>' % ('_blake2', self._name, hex(id(self)))


class blake2b(_Blake2):
    __slots__ = ()


class blake2s(_Blake2):
    __slots__ = ()
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8


blake2b.__module__ = '_blake2'
blake2s.__module__ = '_blake2'


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation (PBKDF2) with HMAC of the named hash."""
    key = _normalize(hash_name)
    if key.startswith('blake2'):
        raise ValueError('unsupported hash type ' + hash_name)
    password = bytes(_data(password))
    salt = bytes(_data(salt))
    if not isinstance(iterations, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(iterations).__name__)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is None:
        dklen = _SIZES[key][0]
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    return _jpsyco_hash.pbkdf2(key, password, salt, iterations, dklen)


def _bytes_like(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


def scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64):
    """The scrypt key derivation function (RFC 7914)."""
    password = _bytes_like(password)
    if salt is None:
        raise TypeError('salt is required')
    salt = _bytes_like(salt)
    for name, value in (('n', n), ('r', r), ('p', p)):
        if value is not None and not isinstance(value, int):
            raise TypeError("scrypt() argument '%s' must be int, not %s" % (name, type(value).__name__))
    for name, value in (('n', n), ('r', r), ('p', p)):
        if value is None or not 0 <= value < 2 ** 64:
            raise TypeError('%s is required and must be an unsigned int' % name)
    if n < 2 or n & (n - 1):
        raise ValueError('n must be a power of 2.')
    if not 0 <= maxmem <= 0x7fffffff:
        raise ValueError('maxmem must be positive and smaller than %d' % 0x7fffffff)
    if not 0 < dklen <= 0x7fffffff:
        raise ValueError('dklen must be greater than 0 and smaller than %d' % 0x7fffffff)
    big = 2 ** 62
    problem = _jpsyco_hash.scrypt_check(min(n, big), min(r, big), min(p, big), maxmem)
    if problem == 2:
        raise ValueError('[digital envelope routines] memory limit exceeded')
    if problem or r > 0x7fffffff or p > 0x7fffffff:
        raise ValueError('Invalid parameter combination for n, r, p, maxmem.')
    return _jpsyco_hash.scrypt(password, salt, n, r, p, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hashes the contents of a binary file object opened for reading."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
