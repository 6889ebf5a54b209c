"""Registry of reduction functions used by copy (and pickling): pickle(cls, reducer)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) -> reduce tuple for instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


def _reconstructor(cls, base, state):
    """Rebuilds an instance pickled with protocol 0 or 1 (the reduce of object for old protocols)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


# What object.__reduce_ex__, object.__reduce__ and object.__getstate__ answer (the runtime's
# object methods call these, as CPython's do through copyreg). Types whose CPython versions
# define their own __reduce__ (exceptions, complex, range, slice, set) are described here as
# those would describe them.

def _object_getstate(obj, required=False):
    """object.__getstate__(): the instance's __dict__ when not empty, and its slot values."""
    cls = type(obj)
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    if required and d is None and cls is not object and _builtin_base(cls) is cls:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    state = d if d else None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _builtin_base(cls):
    """The first class of cls's MRO that is a built-in type (object at the latest)."""
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            return klass
    return object


def _reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): the class's own __reduce__ when it has one, else the default."""
    reduce = getattr(type(obj), '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    return _default_reduce(obj, proto)


def _default_reduce(obj, proto):
    """The reduce tuple object.__reduce_ex__(proto) gives for obj."""
    cls = type(obj)
    if isinstance(obj, BaseException):
        return (cls, tuple(obj.args)) + ((obj.__dict__,) if getattr(obj, '__dict__', None) else ())
    if isinstance(obj, (set, frozenset)):
        return (cls, (list(obj),), getattr(obj, '__dict__', None) or None)
    if cls is complex:
        return (complex, (obj.real, obj.imag))
    if cls is range:
        return (range, (obj.start, obj.stop, obj.step))
    if cls is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if proto < 2:
        return _reduce_old(obj, cls)
    return _reduce_newobj(obj, cls)


def _custom_getstate(cls):
    return getattr(cls, '__getstate__', None) is not object.__getstate__


def _reduce_old(obj, cls):
    """Protocols 0 and 1: rebuilt by _reconstructor from the nearest built-in base."""
    base = _builtin_base(cls)
    if base is object:
        base_state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        base_state = base(obj)
    args = (cls, base, base_state)
    if _custom_getstate(cls):
        state = obj.__getstate__()
    else:
        if getattr(obj, '__slots__', None):
            raise TypeError('a class that defines __slots__ without defining __getstate__ cannot be pickled')
        state = _object_getstate(obj)
    if state:
        return (_reconstructor, args, state)
    return (_reconstructor, args)


def _reduce_newobj(obj, cls):
    """Protocol 2 and above: rebuilt by cls.__new__ with __getnewargs(_ex)__'s arguments."""
    kwargs = None
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    elif getnewargs is not None:
        args = getnewargs(obj)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    else:
        args = ()
    if _custom_getstate(cls):
        state = obj.__getstate__()
    else:
        required = getnewargs_ex is None and getnewargs is None and not isinstance(obj, (list, dict))
        state = _object_getstate(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + args, state, listitems, dictitems)
