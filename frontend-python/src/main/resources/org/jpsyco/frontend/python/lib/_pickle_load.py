"""The unpickler: Unpickler reads a pickle opcode by opcode, each opcode's loader registered
in its table by _op (pickle imports Unpickler back)."""

import _codecs
import copyreg
import sys
from struct import pack, unpack
from pickle import (ADDITEMS, APPEND, APPENDS, BINBYTES, BINBYTES8, BINFLOAT, BINGET, BININT, BININT1,
                    BININT2, BINPERSID, BINPUT, BINSTRING, BINUNICODE, BINUNICODE8, BUILD, BYTEARRAY8, DICT,
                    DUP, EMPTY_DICT, EMPTY_LIST, EMPTY_SET, EMPTY_TUPLE, EXT1, EXT2, EXT4, FLOAT, FRAME,
                    FROZENSET, GET, GLOBAL, HIGHEST_PROTOCOL, INST, INT, LIST, LONG, LONG1, LONG4,
                    LONG_BINGET, LONG_BINPUT, MARK, MEMOIZE, NEWFALSE, NEWOBJ, NEWOBJ_EX, NEWTRUE,
                    NEXT_BUFFER, NONE, OBJ, PERSID, POP, POP_MARK, PROTO, PUT, READONLY_BUFFER, REDUCE,
                    SETITEM, SETITEMS, SHORT_BINBYTES, SHORT_BINSTRING, SHORT_BINUNICODE, STACK_GLOBAL, STOP,
                    STRING, TUPLE, TUPLE1, TUPLE2, TUPLE3, UNICODE, UnpicklingError, _PY3_MODULES, _PY3_NAMES,
                    _Stop, _getattribute)


class Unpickler:
    """Reads objects back from pickles in a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        self._frame = b''
        self._frame_pos = 0
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        ops = self._ops
        read = self.read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError('Ran out of input')
                op = ops.get(key[0])
                if op is None:
                    raise UnpicklingError('invalid load key, %r.' % chr(key[0]))
                op(self)
        except _Stop as stop:
            return stop.value

    # -- reading through frames --

    def read(self, n):
        if self._frame_pos < len(self._frame):
            data = self._frame[self._frame_pos:self._frame_pos + n]
            self._frame_pos += len(data)
            if len(data) < n:
                raise UnpicklingError('pickle exhausted before end of frame')
            return data
        data = self._file_read(n)
        if len(data) < n and n:
            if not data and n == 1:
                return data
            raise UnpicklingError('pickle data was truncated')
        return data

    def readline(self):
        if self._frame_pos < len(self._frame):
            end = self._frame.find(b'\n', self._frame_pos)
            if end < 0:
                raise UnpicklingError('pickle exhausted before end of frame')
            line = self._frame[self._frame_pos:end + 1]
            self._frame_pos = end + 1
            return line
        return self._file_readline()

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no persistent_load '
                              'function was specified.')

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[module, name]
            else:
                module = _PY3_MODULES.get(module, module)
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    _ops = {}


def _op(code):
    def register(fn):
        Unpickler._ops[code[0]] = fn
        return fn
    return register


@_op(PROTO)
def _load_proto(self):
    proto = self.read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % proto)
    self.proto = proto


@_op(FRAME)
def _load_frame(self):
    size, = unpack('<Q', self.read(8))
    self._frame = self._file_read(size)
    self._frame_pos = 0
    if len(self._frame) < size:
        raise UnpicklingError('pickle data was truncated')


@_op(PERSID)
def _load_persid(self):
    pid = self.readline()[:-1].decode('ascii')
    self.append(self.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(self):
    pid = self.stack.pop()
    self.append(self.persistent_load(pid))


@_op(NONE)
def _load_none(self):
    self.append(None)


@_op(NEWFALSE)
def _load_false(self):
    self.append(False)


@_op(NEWTRUE)
def _load_true(self):
    self.append(True)


@_op(INT)
def _load_int(self):
    data = self.readline()
    if data == b'I00\n'[1:]:
        self.append(False)
    elif data == b'I01\n'[1:]:
        self.append(True)
    else:
        self.append(int(data.decode('ascii'), 0))


@_op(BININT)
def _load_binint(self):
    self.append(unpack('<i', self.read(4))[0])


@_op(BININT1)
def _load_binint1(self):
    self.append(self.read(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self.append(unpack('<H', self.read(2))[0])


@_op(LONG)
def _load_long(self):
    val = self.readline()[:-1].decode('ascii')
    if val and val[-1] == 'L':
        val = val[:-1]
    self.append(int(val, 0))


@_op(LONG1)
def _load_long1(self):
    n = self.read(1)[0]
    self.append(int.from_bytes(self.read(n), 'little', signed=True))


@_op(LONG4)
def _load_long4(self):
    n, = unpack('<i', self.read(4))
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    self.append(int.from_bytes(self.read(n), 'little', signed=True))


@_op(FLOAT)
def _load_float(self):
    self.append(float(self.readline()[:-1].decode('ascii')))


@_op(BINFLOAT)
def _load_binfloat(self):
    self.append(unpack('>d', self.read(8))[0])


def _decode_string(self, value):
    if self.encoding == 'bytes':
        return value
    return value.decode(self.encoding, self.errors)


@_op(STRING)
def _load_string(self):
    data = self.readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    self.append(_decode_string(self, _codecs.decode(data, 'unicode_escape').encode('latin-1')))


@_op(BINSTRING)
def _load_binstring(self):
    n, = unpack('<i', self.read(4))
    if n < 0:
        raise UnpicklingError('BINSTRING pickle has negative byte count')
    self.append(_decode_string(self, self.read(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(self):
    n = self.read(1)[0]
    self.append(_decode_string(self, self.read(n)))


@_op(BINBYTES)
def _load_binbytes(self):
    n, = unpack('<I', self.read(4))
    self.append(self.read(n))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self.read(1)[0]
    self.append(self.read(n))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n, = unpack('<Q', self.read(8))
    self.append(self.read(n))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n, = unpack('<Q', self.read(8))
    self.append(bytearray(self.read(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
    try:
        buf = next(self._buffers)
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers') from None
    self.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(self):
    pass


@_op(UNICODE)
def _load_unicode(self):
    self.append(_codecs.decode(self.readline()[:-1], 'raw_unicode_escape'))


@_op(BINUNICODE)
def _load_binunicode(self):
    n, = unpack('<I', self.read(4))
    self.append(str(self.read(n), 'utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n, = unpack('<Q', self.read(8))
    self.append(str(self.read(n), 'utf-8', 'surrogatepass'))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self.read(1)[0]
    self.append(str(self.read(n), 'utf-8', 'surrogatepass'))


@_op(TUPLE)
def _load_tuple(self):
    items = self.pop_mark()
    self.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self.append(())


@_op(TUPLE1)
def _load_tuple1(self):
    self.stack[-1] = (self.stack[-1],)


@_op(TUPLE2)
def _load_tuple2(self):
    self.stack[-2:] = [(self.stack[-2], self.stack[-1])]


@_op(TUPLE3)
def _load_tuple3(self):
    self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self.append({})


@_op(EMPTY_SET)
def _load_empty_set(self):
    self.append(set())


@_op(FROZENSET)
def _load_frozenset(self):
    items = self.pop_mark()
    self.append(frozenset(items))


@_op(LIST)
def _load_list(self):
    items = self.pop_mark()
    self.append(items)


@_op(DICT)
def _load_dict(self):
    items = self.pop_mark()
    self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(self, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
        try:
            value = klass(*args)
        except TypeError as err:
            raise TypeError('in constructor for %s: %s' % (klass.__name__, str(err)), sys.exc_info()[2])
    else:
        value = klass.__new__(klass)
    self.append(value)


@_op(INST)
def _load_inst(self):
    module = self.readline()[:-1].decode('ascii')
    name = self.readline()[:-1].decode('ascii')
    klass = self.find_class(module, name)
    _instantiate(self, klass, self.pop_mark())


@_op(OBJ)
def _load_obj(self):
    args = self.pop_mark()
    cls = args.pop(0)
    _instantiate(self, cls, args)


@_op(NEWOBJ)
def _load_newobj(self):
    args = self.stack.pop()
    cls = self.stack.pop()
    self.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self.stack.pop()
    args = self.stack.pop()
    cls = self.stack.pop()
    self.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(self):
    module = self.readline()[:-1].decode('utf-8')
    name = self.readline()[:-1].decode('utf-8')
    self.append(self.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self.stack.pop()
    module = self.stack.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    self.append(self.find_class(module, name))


def _load_ext(self, code):
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError('EXT specifies code <= 0')
        raise ValueError('unregistered extension code %d' % code)
    obj = copyreg._extension_cache.get(code)
    if obj is None:
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
    self.append(obj)


@_op(EXT1)
def _load_ext1(self):
    _load_ext(self, self.read(1)[0])


@_op(EXT2)
def _load_ext2(self):
    _load_ext(self, unpack('<H', self.read(2))[0])


@_op(EXT4)
def _load_ext4(self):
    _load_ext(self, unpack('<i', self.read(4))[0])


@_op(REDUCE)
def _load_reduce(self):
    args = self.stack.pop()
    func = self.stack[-1]
    self.stack[-1] = func(*args)


@_op(POP)
def _load_pop(self):
    if self.stack:
        del self.stack[-1]
    else:
        self.pop_mark()


@_op(POP_MARK)
def _load_pop_mark(self):
    self.pop_mark()


@_op(DUP)
def _load_dup(self):
    self.append(self.stack[-1])


def _memo_get(self, idx):
    try:
        self.append(self.memo[idx])
    except KeyError:
        raise UnpicklingError('Memo value not found at index %d' % idx) from None


@_op(GET)
def _load_get(self):
    _memo_get(self, int(self.readline()[:-1].decode('ascii')))


@_op(BINGET)
def _load_binget(self):
    _memo_get(self, self.read(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(self):
    _memo_get(self, unpack('<I', self.read(4))[0])


@_op(PUT)
def _load_put(self):
    i = int(self.readline()[:-1].decode('ascii'))
    if i < 0:
        raise ValueError('negative PUT argument')
    self.memo[i] = self.stack[-1]


@_op(BINPUT)
def _load_binput(self):
    self.memo[self.read(1)[0]] = self.stack[-1]


@_op(LONG_BINPUT)
def _load_long_binput(self):
    i, = unpack('<I', self.read(4))
    if i > sys.maxsize:
        raise ValueError('negative LONG_BINPUT argument')
    self.memo[i] = self.stack[-1]


@_op(MEMOIZE)
def _load_memoize(self):
    self.memo[len(self.memo)] = self.stack[-1]


@_op(APPEND)
def _load_append(self):
    value = self.stack.pop()
    self.stack[-1].append(value)


@_op(APPENDS)
def _load_appends(self):
    items = self.pop_mark()
    target = self.stack[-1]
    extend = getattr(target, 'extend', None)
    if extend is not None and isinstance(target, list):
        extend(items)
    else:
        for item in items:
            target.append(item)


@_op(SETITEM)
def _load_setitem(self):
    value = self.stack.pop()
    key = self.stack.pop()
    self.stack[-1][key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self.pop_mark()
    d = self.stack[-1]
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(self):
    items = self.pop_mark()
    target = self.stack[-1]
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


@_op(BUILD)
def _load_build(self):
    state = self.stack.pop()
    inst = self.stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        inst_dict = inst.__dict__
        for k, v in state.items():
            inst_dict[sys.intern(k) if type(k) is str else k] = v
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


@_op(MARK)
def _load_mark(self):
    self.metastack.append(self.stack)
    self.stack = []
    self.append = self.stack.append


@_op(STOP)
def _load_stop(self):
    raise _Stop(self.stack.pop())
