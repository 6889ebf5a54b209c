"""Weak references. Referents die when the JVM collects them; gc.collect() forces that and runs
the callbacks of every reference it found dead (CPython runs them as soon as the last strong
reference goes)."""

import _weakref
import sys as _sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


def _collect(full=False):
    """Runs the callbacks of references whose referents are gone (after a full collection if asked)."""
    for r in _weakref.dead(full):
        cb = r._callback
        r._callback = None
        if cb is None:
            continue
        try:
            cb(r)
        except Exception as e:
            print("Exception ignored in: %r" % (cb,), file=_sys.stderr)
            print("%s: %s" % (type(e).__name__, e), file=_sys.stderr)


class ref:
    """A reference that does not keep its referent alive; calling it gives the referent or None."""

    def __new__(cls, ob, callback=None, *args, **kwargs):
        _collect()
        if cls is ref and callback is None:
            # as CPython, plain references without a callback to one object are one object
            for r in _weakref.refs(ob):
                if type(r) is ref and r._callback is None:
                    return r
        self = object.__new__(cls)
        self._handle = _weakref.handle(ob, self)
        self._callback = callback
        self._hash = None
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return self._handle.get()

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = self._handle.get()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a = self._handle.get()
        b = other._handle.get()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self._handle.get()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


def _dead():
    raise ReferenceError("weakly-referenced object no longer exists")


class ProxyType:
    """Acts as its referent while that lives; raises ReferenceError afterwards."""

    def __init__(self, ob, callback=None):
        if callback is not None:
            proxy_self = self

            def relay(r, callback=callback):
                callback(proxy_self)
            object.__setattr__(self, "_proxy_ref", ref(ob, relay))
        else:
            object.__setattr__(self, "_proxy_ref", ref(ob))

    def _proxy_get(self):
        ob = object.__getattribute__(self, "_proxy_ref")()
        if ob is None:
            _dead()
        return ob

    def __getattr__(self, name):
        return getattr(ProxyType._proxy_get(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._proxy_get(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._proxy_get(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, "_proxy_ref")()
        if ob is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(ProxyType._proxy_get(self))

    def __bool__(self):
        return bool(ProxyType._proxy_get(self))

    def __len__(self):
        return len(ProxyType._proxy_get(self))

    def __iter__(self):
        return iter(ProxyType._proxy_get(self))

    def __next__(self):
        return next(ProxyType._proxy_get(self))

    def __contains__(self, item):
        return item in ProxyType._proxy_get(self)

    def __getitem__(self, key):
        return ProxyType._proxy_get(self)[key]

    def __setitem__(self, key, value):
        ProxyType._proxy_get(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._proxy_get(self)[key]

    def __eq__(self, other):
        return ProxyType._proxy_get(self) == other

    def __ne__(self, other):
        return ProxyType._proxy_get(self) != other

    def __lt__(self, other):
        return ProxyType._proxy_get(self) < other

    def __le__(self, other):
        return ProxyType._proxy_get(self) <= other

    def __gt__(self, other):
        return ProxyType._proxy_get(self) > other

    def __ge__(self, other):
        return ProxyType._proxy_get(self) >= other

    __hash__ = None

    def __add__(self, other):
        return ProxyType._proxy_get(self) + other

    def __sub__(self, other):
        return ProxyType._proxy_get(self) - other

    def __mul__(self, other):
        return ProxyType._proxy_get(self) * other

    def __truediv__(self, other):
        return ProxyType._proxy_get(self) / other

    def __floordiv__(self, other):
        return ProxyType._proxy_get(self) // other

    def __mod__(self, other):
        return ProxyType._proxy_get(self) % other

    def __neg__(self):
        return -ProxyType._proxy_get(self)

    def __abs__(self):
        return abs(ProxyType._proxy_get(self))

    def __index__(self):
        return ProxyType._proxy_get(self).__index__()

    def __enter__(self):
        return ProxyType._proxy_get(self).__enter__()

    def __exit__(self, *args):
        return ProxyType._proxy_get(self).__exit__(*args)


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return ProxyType._proxy_get(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    """A proxy to ob: attribute access and operators go to ob while it lives."""
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    """The number of weak references and proxies to ob."""
    return len(_weakref.refs(ob))


def getweakrefs(ob):
    """The weak references and proxies to ob, oldest first."""
    return _weakref.refs(ob)


class WeakMethod(ref):
    """A weak reference to a bound method, alive while both its object and function are."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    __hash__ = ref.__hash__


class _WeakMappingMethods:
    """What the two weak dictionaries share; each keeps its entries in self.data and lists its
    live (key, value) pairs with _live()."""

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = self._copy_class()
        for k, v in self._live():
            new[k] = v
        return new

    __copy__ = copy


class KeyedRef(ref):
    """A weak reference that also carries a key (what WeakValueDictionary's callback needs to
    find the entry of a value that died)."""

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_WeakMappingMethods):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        if other or kw:
            self.update(other, **kw)

    def _remover(self, key):
        data = self.data

        def remove(wr, key=key, data=data):
            if data.get(key) is wr:
                del data[key]
        return remove

    def _live(self):
        _collect()
        return [(k, v) for k, r in list(self.data.items()) if (v := r()) is not None]

    def __getitem__(self, key):
        _collect()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        _collect()
        self.data[key] = ref(value, self._remover(key))

    def __delitem__(self, key):
        _collect()
        del self.data[key]

    def __contains__(self, key):
        _collect()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        for k, v in self._live():
            yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return [k for k, v in self._live()]

    def values(self):
        return [v for k, v in self._live()]

    def items(self):
        return self._live()

    def valuerefs(self):
        _collect()
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *args):
        _collect()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


class WeakKeyDictionary(_WeakMappingMethods):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _live(self):
        _collect()
        return [(k, v) for r, v in list(self.data.items()) if (k := r()) is not None]

    def __getitem__(self, key):
        _collect()
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        _collect()
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        _collect()
        del self.data[ref(key)]

    def __contains__(self, key):
        _collect()
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        for k, v in self._live():
            yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return [k for k, v in self._live()]

    def values(self):
        return [v for k, v in self._live()]

    def items(self):
        return self._live()

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        _collect()
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        _collect()
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        _collect()
        return self.data.setdefault(ref(key, self._remove), default)


class WeakSet:
    """A set whose elements are held weakly: an element goes when it dies."""

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def _live(self):
        _collect()
        return [o for r in list(self.data) if (o := r()) is not None]

    def __iter__(self):
        return iter(self._live())

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        _collect()
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s.%s object at %#x>" % ("_weakrefset", self.__class__.__name__, id(self))

    def add(self, item):
        _collect()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self._live())

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        _collect()
        self.data.remove(ref(item))

    def discard(self, item):
        _collect()
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def difference(self, other):
        return self.__class__(o for o in self._live() if o not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(o for o in other if o in self)

    __and__ = intersection

    def issubset(self, other):
        return all(o in other for o in self._live())

    def issuperset(self, other):
        return all(o in self for o in other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(map(id, self._live())) == set(map(id, other._live()))

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Calls func(*args, **kwargs) once obj dies (or at exit, or when called), at most once."""

    _registry = {}
    _counter = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        finalize._counter += 1
        self._index = finalize._counter
        self._func = func
        self._args = args
        self._kwargs = kwargs or None
        self._weakref = ref(obj, self)
        self.atexit = True
        finalize._registry[self] = True

    def __call__(self, _=None):
        if finalize._registry.pop(self, None):
            return self._func(*self._args, **(self._kwargs or {}))

    def detach(self):
        obj = self._weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, self._func, self._args, self._kwargs or {})

    def peek(self):
        obj = self._weakref()
        if obj is not None and self in finalize._registry:
            return (obj, self._func, self._args, self._kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        obj = self._weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))


def _run_exit_finalizers():
    """At exit: the finalizers still alive with atexit set, newest first, as CPython runs them."""
    pending = sorted((f for f in finalize._registry if f.atexit), key=lambda f: f._index, reverse=True)
    for f in pending:
        try:
            f()
        except Exception as e:
            print("Exception ignored in: %r" % (f,), file=_sys.stderr)
            print("%s: %s" % (type(e).__name__, e), file=_sys.stderr)

# copy() makes the class itself, not a subclass whose constructor may want other arguments
WeakValueDictionary._copy_class = WeakValueDictionary
WeakKeyDictionary._copy_class = WeakKeyDictionary
