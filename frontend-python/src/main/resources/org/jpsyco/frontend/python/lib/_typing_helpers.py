"""The half of typing made of functions and class factories: cast and the other checker hints,
overload, final, NewType, Annotated, get_origin/get_args/get_type_hints, NamedTuple, TypedDict,
the Supports* protocols and IO; ParamSpec's parts, TypeVarTuple and Unpack, dataclass_transform.
typing imports everything here and reports it as its own
(__module__ 'typing'), so programs see one module, as in CPython.
"""

import collections
import sys
from abc import abstractmethod

from typing import (AnyStr, ForwardRef, Generic, NotRequired, Protocol, Required, Union, _CallableGenericAlias,
                    _GenericAlias, _GenericAliasType, _LiteralGenericAlias, _SpecialGenericAlias,
                    _UnionGenericAlias, _UnionType, _Final, _special, _type_check, _type_repr)


def cast(typ, val):
    """Return val unchanged: only tells a type checker what val is."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-ed.")


def overload(func):
    """Decorator for the signatures of an overloaded function; the undecorated definition wins."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def type_check_only(func_or_cls):
    return func_or_cls


class NewType:
    """NewType('UserId', int): a callable that returns its argument, distinct only to type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__),
                                                 ", ".join(repr(a) for a in self.__metadata__))


class Annotated:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an "
                            "annotation).")
        return _AnnotatedAlias(_type_check(params[0], ""), tuple(params[1:]))


def get_origin(tp):
    """The unsubscripted form of a generic type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _GenericAliasType, _SpecialGenericAlias)):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The type arguments of a generic type: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _eval_type(t._evaluate(globalns, localns), globalns, localns)
    if t is None:
        return type(None)
    if isinstance(t, _GenericAlias) and not isinstance(t, (_LiteralGenericAlias, _AnnotatedAlias)):
        new_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if new_args != t.__args__:
            return t.copy_with(new_args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with strings evaluated and None as NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if hasattr(obj, "__globals__"):
            globalns = obj.__globals__
        else:
            mod = sys.modules.get(getattr(obj, "__module__", None))
            globalns = getattr(mod, "__dict__", {}) if mod is not None else getattr(obj, "__dict__", {})
    if localns is None:
        localns = globalns
    hints = dict(getattr(obj, "__annotations__", None) or {})
    for name, value in hints.items():
        hints[name] = _eval_type(value, globalns, localns)
    return hints


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types) if False else dict(types)
    return nm_tpl


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})
_special_nt = frozenset({"__module__", "__name__", "__annotations__", "__qualname__", "__doc__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__doc__" in ns and ns["__doc__"]:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    if fields is None:
        fields = kwargs.items()
    try:
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
    except Exception:
        module = "__main__"
    return _make_nmtuple(typename, list(fields), module=module)


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required_keys.add(key)
            elif origin is NotRequired:
                optional_keys.add(key)
            elif total:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys; its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    try:
        ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
    except Exception:
        ns["__module__"] = "__main__"
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex):
    _p._is_runtime_protocol = True
del _p


class IO(Generic[AnyStr]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


Pattern = _SpecialGenericAlias(type("Pattern", (), {"__module__": "re"}), 1)
Match = _SpecialGenericAlias(type("Match", (), {"__module__": "re"}), 1)


class ParamSpecArgs(_Final):
    """P.args: the positional arguments of a ParamSpec P, for annotating *args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final):
    """P.kwargs: the keyword arguments of a ParamSpec P, for annotating **kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class TypeVarTuple(_Final):
    """A variadic type variable: Ts = TypeVarTuple('Ts'); Tuple[int, *Ts] or Tuple[int, Unpack[Ts]]."""

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class _UnpackGenericAlias(_Final):
    def __init__(self, arg):
        self.__origin__ = Unpack
        self.__args__ = (arg,)

    def __repr__(self):
        return "*" + _type_repr(self.__args__[0])

    def __eq__(self, other):
        return isinstance(other, _UnpackGenericAlias) and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__args__)


@_special
def Unpack(self, parameters):
    """Unpack[Ts]: the types a TypeVarTuple (or a tuple type) stands for, spread in place."""
    return _UnpackGenericAlias(_type_check(parameters, f"{self} accepts only single type."))


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes (for type
    checkers); at run time it only records its arguments in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class _DeprecatedType(type):
    """The metaclass of the namespaces typing.io and typing.re: reading a name they hold warns
    that it moved (CPython 3.11 keeps them one more release)."""

    def __getattribute__(cls, name):
        if name not in ("__dict__", "__module__") and name in cls.__dict__:
            import warnings
            warnings.warn(f"{cls.__name__} is deprecated, import directly from typing instead. "
                          f"{cls.__name__} will be removed in Python 3.12.", DeprecationWarning, stacklevel=2)
        return super().__getattribute__(name)


def _deprecated_namespace(name, doc, **names):
    ns = dict(names, __all__=list(names), __doc__=doc, __module__="typing")
    cls = _DeprecatedType(name, (), ns)
    type.__setattr__(cls, "__name__", "typing." + name)
    type.__setattr__(cls, "__qualname__", name)
    sys.modules["typing." + name] = cls
    return cls


io = _deprecated_namespace("io", "Wrapper namespace for IO generic classes.", IO=IO, TextIO=TextIO, BinaryIO=BinaryIO)
re = _deprecated_namespace("re", "Wrapper namespace for re type aliases.", Pattern=Pattern, Match=Match)
