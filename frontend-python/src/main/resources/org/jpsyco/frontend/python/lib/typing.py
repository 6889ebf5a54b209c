"""Type hints at run time: enough of typing for annotated programs to import, run and introspect."""

import collections
import collections.abc
import sys
from abc import ABCMeta, abstractmethod

__all__ = ["Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic", "Literal", "Optional",
           "Protocol", "Tuple", "Type", "TypeVar", "Union", "AbstractSet", "ByteString", "Container",
           "Collection", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping",
           "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
           "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "AsyncGenerator",
           "Reversible", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict",
           "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "AnyStr", "cast", "final",
           "get_args", "get_origin", "get_type_hints", "NewType", "no_type_check", "overload",
           "runtime_checkable", "Text", "TYPE_CHECKING", "NoReturn", "Never", "Self", "TypeAlias",
           "Annotated", "SupportsInt", "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound",
           "assert_never", "reveal_type", "Required", "NotRequired", "LiteralString", "ParamSpec",
           "Concatenate", "TypeGuard", "assert_type", "is_typeddict", "get_overloads", "IO", "TextIO",
           "BinaryIO", "Pattern", "Match", "AsyncContextManager", "ContextManager", "ParamSpecArgs",
           "ParamSpecKwargs", "SupportsBytes", "SupportsComplex", "TypeVarTuple", "Unpack", "clear_overloads",
           "dataclass_transform", "no_type_check_decorator"]

TYPE_CHECKING = False

_GenericAliasType = type(list[int])
_UnionType = type(int | str)


def _type_repr(obj):
    """How an argument prints inside a typing repr."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class ForwardRef:
    """A type written as a string, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: objects that only mean something in annotations."""

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc or getitem.__doc__

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _special(fn):
    return _SpecialForm(fn)


@_special
def NoReturn(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_special
def Never(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_special
def Self(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_special
def LiteralString(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_special
def TypeAlias(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


@_special
def ClassVar(self, parameters):
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_special
def Final(self, parameters):
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_special
def Required(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ""),))


@_special
def NotRequired(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ""),))


@_special
def TypeGuard(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ""),))


@_special
def Union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, _UnionGenericAlias) or isinstance(p, _UnionType):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in params:
                params.append(m)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


@_special
def Optional(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_special
def Literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            for q in p.__args__:
                if q not in seen:
                    seen.append(q)
        elif p not in seen:
            seen.append(p)
    return _LiteralGenericAlias(self, tuple(seen))


@_special
def Concatenate(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


class _GenericAlias(_Final):
    """A subscripted typing object: List[int], Dict[str, T], ClassVar[int]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in (self.__origin__.__mro__ if isinstance(self.__origin__, type) else ()):
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {"__origin__", "__args__"}:
            raise AttributeError(attr)
        if "__origin__" in self.__dict__ and not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self}; "
                            f"actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            args = "()"
        else:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{name}[{args}]"


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _TypingEllipsis:
    pass


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            elif args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        return ("typing.Callable[[" + ", ".join(_type_repr(a) for a in args[:-1]) + "], "
                + _type_repr(args[-1]) + "]")

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _SpecialGenericAlias(_Final):
    """The bare typing names of classes (List, Dict, Sequence...): subscriptable, usable in isinstance."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if "__origin__" in self.__dict__ and not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __repr__(self):
        return "typing." + self._name


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "")
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), name="Callable")
        if not isinstance(args, (list, tuple)):
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args}")
        args = tuple(_type_check(a, "") for a in args)
        return _CallableGenericAlias(self.__origin__, args + (result,), name="Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        params = tuple(p if p is ... else _type_check(p, "") for p in params)
        return _GenericAlias(tuple, params, name="Tuple", inst=False)


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name="Type")
Text = str
import contextlib as _contextlib
ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 1, name="ContextManager")
AsyncContextManager = _SpecialGenericAlias(_contextlib.AbstractAsyncContextManager, 1,
                                           name="AsyncContextManager")
del _contextlib


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'); prints as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(t, "") for t in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            self.__module__ = "__main__"

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
# the type variables typing's own generic aliases were declared with
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__


GenericAlias = type(list[int])
MethodDescriptorType = type(str.join)
MethodWrapperType = type(object().__str__)
WrapperDescriptorType = type(object.__init__)
defaultdict = collections.defaultdict
EXCLUDED_ATTRIBUTES = ['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
                       '_is_runtime_protocol', '__final__', '__abstractmethods__', '__annotations__',
                       '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
                       '__subclasshook__', '__weakref__', '__class_getitem__', '_MutableMapping__marker']


class Generic:
    """Base class of generic classes: class Stack(Generic[T]) makes Stack[int] meaningful."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter "
                                f"specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(cls.__dict__.get("__parameters__", ()))
            if expected != len(params):
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {cls}; "
                                f"actual {len(params)}, expected {expected}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig_bases = cls.__dict__.get("__orig_bases__", ())
        gvars = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                gvars = base.__parameters__
        for base in orig_bases:
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None))
                                                or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__", "_MutableMapping__marker",
                    "_gorg", "__qualname__", "__orig_class__", "__match_args__", "__class_getitem__",
                    "__init_subclass__", "__abstractmethods__"):
                attrs.add(attr)
    return attrs


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls.__dict__.get("_is_protocol", False):
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: a class matches if it has the methods, no inheritance needed."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__subclasshook__" not in cls.__dict__:
            def _proto_hook(other, cls=cls):
                if not cls.__dict__.get("_is_protocol", False):
                    return NotImplemented
                if not cls.__dict__.get("_is_runtime_protocol", False):
                    raise TypeError("Instance and class checks can only be used with @runtime_checkable "
                                    "protocols")
                for attr in _get_protocol_attrs(cls):
                    for base in other.__mro__:
                        if attr in base.__dict__:
                            if base.__dict__[attr] is None:
                                return NotImplemented
                            break
                    else:
                        return NotImplemented
                return True
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init

    def __init__(self, *args, **kwargs):
        _no_init_or_replace_init(self, *args, **kwargs)


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


# the functions and class factories live in _typing_helpers (imported last: it builds on the
# forms above); they are typing's own, so they say so in their __module__
import _typing_helpers
from _typing_helpers import (
    cast, assert_type, reveal_type, assert_never, overload, get_overloads, clear_overloads, final,
    no_type_check, no_type_check_decorator, type_check_only, NewType, Annotated, get_origin, get_args,
    get_type_hints, NamedTupleMeta, NamedTuple, TypedDict, is_typeddict, SupportsInt, SupportsFloat,
    SupportsBytes, SupportsComplex, ParamSpecArgs, ParamSpecKwargs, TypeVarTuple, Unpack, dataclass_transform,
    SupportsIndex, SupportsAbs, SupportsRound, IO, TextIO, BinaryIO, Pattern, Match, io, re,
    _overload_registry, _overload_dummy, _AnnotatedAlias, _eval_type, _make_nmtuple, _prohibited,
    _special_nt, _NamedTuple, _namedtuple_mro_entries, _TypedDictMeta, _TypedDict, _typeddict_mro_entries,
    _UnpackGenericAlias)

for _value in list(vars(_typing_helpers).values()):
    if getattr(_value, "__module__", None) == "_typing_helpers":
        _value.__module__ = "typing"
del _value
