"""Serializing Python objects to bytes and back (protocols 0 to 5)."""

import _codecs
import copyreg
import io
import sys
from copyreg import dispatch_table
from copyreg import _default_reduce
from itertools import islice
from struct import pack, unpack

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump', 'dumps', 'load',
           'loads', 'PickleBuffer', 'ADDITEMS', 'APPEND', 'APPENDS', 'BINBYTES', 'BINBYTES8', 'BINFLOAT', 'BINGET',
           'BININT', 'BININT1', 'BININT2', 'BINPERSID', 'BINPUT', 'BINSTRING', 'BINUNICODE', 'BINUNICODE8', 'BUILD',
           'BYTEARRAY8', 'DEFAULT_PROTOCOL', 'DICT', 'DUP', 'EMPTY_DICT', 'EMPTY_LIST', 'EMPTY_SET', 'EMPTY_TUPLE',
           'EXT1', 'EXT2', 'EXT4', 'FALSE', 'FLOAT', 'FRAME', 'FROZENSET', 'GET', 'GLOBAL', 'HIGHEST_PROTOCOL', 'INST',
           'INT', 'LIST', 'LONG', 'LONG1', 'LONG4', 'LONG_BINGET', 'LONG_BINPUT', 'MARK', 'MEMOIZE', 'NEWFALSE',
           'NEWOBJ', 'NEWOBJ_EX', 'NEWTRUE', 'NEXT_BUFFER', 'NONE', 'OBJ', 'PERSID', 'POP', 'POP_MARK', 'PROTO', 'PUT',
           'READONLY_BUFFER', 'REDUCE', 'SETITEM', 'SETITEMS', 'SHORT_BINBYTES', 'SHORT_BINSTRING',
           'SHORT_BINUNICODE', 'STACK_GLOBAL', 'STOP', 'STRING', 'TRUE', 'TUPLE', 'TUPLE1', 'TUPLE2', 'TUPLE3',
           'UNICODE']

bytes_types = (bytes, bytearray)
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper of a buffer for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._data = buffer

    def raw(self):
        return memoryview(bytes(self._data))

    def release(self):
        pass


# The opcodes, one byte each.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLE_OPS = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCH = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4


def _long_bytes(x):
    """x as little-endian two's complement in the fewest bytes (LONG1/LONG4 payload)."""
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and (data[-2] & 0x80) != 0:
        data = data[:-1]
    return data


# Python 2 names of the globals that moved, for protocols 0-2 with fix_imports.
_PY2_NAMES = {('builtins', 'int'): ('__builtin__', 'long'), ('builtins', 'str'): ('__builtin__', 'unicode'),
              ('builtins', 'range'): ('__builtin__', 'xrange'), ('builtins', 'chr'): ('__builtin__', 'unichr'),
              ('functools', 'reduce'): ('__builtin__', 'reduce'), ('sys', 'intern'): ('__builtin__', 'intern'),
              ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
              ('collections', 'UserList'): ('UserList', 'UserList'), ('itertools', 'filterfalse'):
              ('itertools', 'ifilterfalse'), ('itertools', 'zip_longest'): ('itertools', 'izip_longest')}
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', 'pickle': 'cPickle',
                'io': 'StringIO', 'configparser': 'ConfigParser', 'reprlib': 'repr', 'socketserver': 'SocketServer',
                '_thread': 'thread'}
_PY2_EXCEPTIONS = {'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError',
                   'BytesWarning', 'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception',
                   'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
                   'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
                   'NameError', 'NotImplementedError', 'OSError', 'OverflowError', 'PendingDeprecationWarning',
                   'ReferenceError', 'RuntimeError', 'RuntimeWarning', 'StopIteration', 'SyntaxError',
                   'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError', 'UnboundLocalError',
                   'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
                   'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError'}
_PY3_NAMES = {v: k for k, v in _PY2_NAMES.items()}
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_MODULES['exceptions'] = 'builtins'


def _py2_name(module, name):
    if (module, name) in _PY2_NAMES:
        return _PY2_NAMES[module, name]
    if module == 'builtins' and name in _PY2_EXCEPTIONS:
        return 'exceptions', name
    return _PY2_MODULES.get(module, module), name


def encode_long(x):
    """x as the little-endian two's complement bytes of LONG1/LONG4."""
    return _long_bytes(x)


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def whichmodule(obj, name):
    return _whichmodule(obj, name)


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for modname, mod in list(sys.modules.items()):
        if modname == '__main__' or mod is None:
            continue
        try:
            if _getattribute(mod, name)[0] is obj:
                return modname
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    parent = None
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._frame = None
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    # -- framing: protocol 4 groups opcodes in frames with their length in front --

    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        if self._frame is None or not self._frame_len:
            return
        if self._frame_len >= _FRAME_TARGET or force:
            data = b''.join(self._frame)
            if len(data) >= _FRAME_MIN:
                self._file_write(FRAME + pack('<Q', len(data)))
            self._file_write(data)
            self._frame = []
            self._frame_len = 0

    def _write_large(self, header, payload):
        """A payload bigger than a frame goes straight to the file, after the frame so far."""
        self._commit_frame(force=True)
        self._file_write(header)
        self._file_write(payload)

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        if self.proto >= 2:
            self.write(PROTO + pack('<B', self.proto))
        if self.proto >= 4:
            self._frame = []
            self._frame_len = 0
        self.save(obj)
        self.write(STOP)
        if self._frame is not None:
            self._commit_frame(force=True)
            self._frame = None

    # -- memo --

    def memoize(self, obj):
        idx = len(self.memo)
        self.write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + pack('<B', idx) if idx < 256 else LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def _get(self, idx):
        if self.bin:
            return BINGET + pack('<B', idx) if idx < 256 else LONG_BINGET + pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- objects --

    def save(self, obj, save_persistent_id=True):
        self._commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self._save_pers(pid)
            return
        seen = self.memo.get(id(obj))
        if seen is not None:
            self.write(self._get(seen[0]))
            return
        t = type(obj)
        saver = self._savers.get(t)
        if saver is not None:
            saver(self, obj)
            return
        reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type) or t.__name__ in ('function', 'builtin_function_or_method'):
            self.save_global(obj)
            return
        else:
            override = getattr(self, 'reducer_override', None)
            rv = override(obj) if override is not None else NotImplemented
            if rv is NotImplemented:
                rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by %s must have two to six elements' % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj, t):
        ex = getattr(t, '__reduce_ex__', None)
        if ex is not None and ex is not getattr(object, '__reduce_ex__', None):
            return ex(obj, self.proto)
        red = getattr(t, '__reduce__', None)
        if red is not None and red is not getattr(object, '__reduce__', None):
            return red(obj)
        return _default_reduce(obj, self.proto)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings') from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        name = getattr(func, '__name__', '')
        if self.proto >= 2 and name == '__newobj_ex__':
            cls, args, kwargs = args
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                self.write(REDUCE)
        elif self.proto >= 2 and name == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is not None:
                self.write(POP + self._get(seen[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack('<B', obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack('<H', obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack('<i', obj))
                return
        if self.proto >= 2:
            data = _long_bytes(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + pack('<B', n) + data)
            else:
                self.write(LONG4 + pack('<i', n) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), obj)
        elif n >= _FRAME_TARGET and self._frame is not None:
            self._write_large(BINBYTES + pack('<I', n), obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_TARGET:
            self._write_large(BYTEARRAY8 + pack('<Q', n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack('<Q', n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            try:
                encoded = obj.encode('utf-8')
            except UnicodeEncodeError:
                encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack('<B', n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack('<Q', n), encoded)
            elif n >= _FRAME_TARGET and self._frame is not None:
                self._write_large(BINUNICODE + pack('<I', n), encoded)
            else:
                self.write(BINUNICODE + pack('<I', n) + encoded)
        else:
            text = (obj.replace('\\', '\\u005c').replace('\0', '\\u0000').replace('\n', '\\u000a')
                    .replace('\r', '\\u000d').replace('\x1a', '\\u001a'))
            self.write(UNICODE + _codecs.encode(text, 'raw_unicode_escape') + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            seen = self.memo.get(id(obj))
            if seen is not None:
                self.write(POP * n + self._get(seen[0]))
            else:
                self.write(_TUPLE_OPS[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            self.save(element)
        seen = self.memo.get(id(obj))
        if seen is not None:
            if self.bin:
                self.write(POP_MARK + self._get(seen[0]))
            else:
                self.write(POP * (n + 1) + self._get(seen[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self.write(APPEND)
            return
        it = iter(items)
        while True:
            chunk = list(islice(it, _BATCH))
            n = len(chunk)
            if n > 1:
                self.write(MARK)
                for x in chunk:
                    self.save(x)
                self.write(APPENDS)
            elif n:
                self.save(chunk[0])
                self.write(APPEND)
            if n < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        it = iter(items)
        while True:
            chunk = list(islice(it, _BATCH))
            n = len(chunk)
            if n > 1:
                self.write(MARK)
                for k, v in chunk:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            elif n:
                k, v = chunk[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            if n < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            chunk = list(islice(it, _BATCH))
            if chunk:
                self.write(MARK)
                for x in chunk:
                    self.save(x)
                self.write(ADDITEMS)
            if len(chunk) < _BATCH:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        seen = self.memo.get(id(obj))
        if seen is not None:
            self.write(POP_MARK + self._get(seen[0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            try:
                self.write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def _save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _savers = {}


Pickler._savers.update({
    type(None): Pickler.save_none, bool: Pickler.save_bool, int: Pickler.save_long, float: Pickler.save_float,
    bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray, str: Pickler.save_str,
    tuple: Pickler.save_tuple, list: Pickler.save_list, dict: Pickler.save_dict, set: Pickler.save_set,
    frozenset: Pickler.save_frozenset, type: Pickler._save_type,
})


from _pickle_load import Unpickler  # noqa: E402  (the unpickler and its opcodes, in their own file)
Unpickler.__module__ = "pickle"


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as bytes."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Reads one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """The object pickled in data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()
