"""Names for the types of built-in objects, SimpleNamespace, MappingProxyType and new_class."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GetSetDescriptorType = type(FunctionType.__code__)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MethodDescriptorType = type(str.join)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

def _optional_types():
    """Types whose example objects only some runtimes can make."""
    found = {}
    probes = {
        "CoroutineType": "async def _c(): pass\n_o = _c()\n_o.close()",
        "AsyncGeneratorType": "async def _a():\n    yield 1\n_o = _a()",
        "CellType": "def _outer():\n    x = 1\n    return (lambda: x).__closure__[0]\n_o = _outer()",
        "GenericAlias": "_o = list[int]",
        "UnionType": "_o = int | str",
        "MethodWrapperType": "_o = object().__str__",
        "WrapperDescriptorType": "_o = object.__init__",
        "ClassMethodDescriptorType": "_o = dict.__dict__['fromkeys']",
        "FrameType": "import sys\n_o = sys._getframe()",
        "MemberDescriptorType": "class _S:\n    __slots__ = ('a',)\n_o = _S.a",
    }
    for name, source in probes.items():
        ns = {}
        try:
            exec(source, ns)
            found[name] = type(ns["_o"])
        except Exception:
            pass
    return found


globals().update(_optional_types())

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = "types"
_repr_running = set()


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = "mappingproxy"
MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"


def resolve_bases(bases):
    """Replaces bases that are not classes but define __mro_entries__ by what that returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Returns (metaclass, namespace, remaining keywords) as the class statement computes them."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement would, calling exec_body(ns) to fill its namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute(property):
    """A property on instances that falls back to the class's __getattr__ when read on the class."""


def coroutine(func):
    """Kept for old code: marks a generator function as usable where a coroutine is expected."""
    return func


del sys
