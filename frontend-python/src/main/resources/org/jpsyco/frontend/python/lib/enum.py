"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique."""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "verify", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_enum",
           "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE"]

_builtin_property = property
_builtin_bin = bin
from functools import reduce
from types import DynamicClassAttribute, MappingProxyType
Enum = Flag = None  # set once the classes below exist


class mappingproxy:
    """A read-only view of a dict, printed as CPython prints a mappingproxy."""
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_auto_null = object()


class auto:
    """Stands for a value chosen by the enum's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


# Without a class-body namespace that resolves auto() on assignment, an expression such as
# WHITE = RED | GREEN over auto() members is recorded here and evaluated once the operands
# have their values.
import operator as _operator


class _AutoExpr:
    def __init__(self, op, *args):
        self.op = op
        self.args = args


def _resolve_auto(value):
    if isinstance(value, auto):
        return value.value
    if isinstance(value, _AutoExpr):
        return value.op(*[_resolve_auto(a) for a in value.args])
    return value


def _auto_binary(op):
    def forward(self, other):
        return _AutoExpr(op, self, other)

    def reflected(self, other):
        return _AutoExpr(op, other, self)
    return forward, reflected


for _name, _op in (("or", _operator.or_), ("and", _operator.and_), ("xor", _operator.xor),
                   ("add", _operator.add), ("sub", _operator.sub), ("mul", _operator.mul)):
    _fwd, _rev = _auto_binary(_op)
    for _cls in (auto, _AutoExpr):
        setattr(_cls, "__%s__" % _name, _fwd)
        setattr(_cls, "__r%s__" % _name, _rev)
for _cls in (auto, _AutoExpr):
    _cls.__invert__ = lambda self: _AutoExpr(_operator.invert, self)
del _name, _op, _fwd, _rev, _cls


class member:
    """Forces an attribute to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """The enum's name/value property: on the class it reports a missing attribute."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.fget.__name__))
        return self.fget(instance)


class FlagBoundary:
    pass


STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


class EnumCheck:
    pass


CONTINUOUS, NAMED_FLAGS, UNIQUE = "no skipped integer values", "multi-flag aliases may not contain unnamed flags", "one name per value"


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__") \
        or isinstance(obj, (staticmethod, classmethod, _builtin_property)) or callable(obj) and hasattr(obj, "__code__")


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits(num):
    """The single bits set in a non-negative int, low to high."""
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bin(num, width):
    digits = format(num, "b").zfill(width)
    return "0b0 " + digits


class EnumType(type):
    """Metaclass of every enumeration: turns the class body's plain values into members."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = {}
        body = {}
        last_values = []
        gnv = classdict.get("_generate_next_value_")
        if gnv is None and first_enum is not None:
            gnv = first_enum._generate_next_value_
        elif isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if not isinstance(value, member) and (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                                                  or _is_descriptor(value)):
                body[key] = value
                continue
            if isinstance(value, member):
                value = value.value
            if key in members:
                raise TypeError("%r already defined as %r" % (key, members[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, _AutoExpr):
                value = _resolve_auto(value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gnv(key, 1, len(members), last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            members[key] = value
            last_values.append(value)
        body.pop("_order_", None)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError("%s cannot extend %r" % ("<enum %r>" % cls, first_enum))
        user_new = body.pop("__new__", None)
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        if user_new is None:
            for base in bases:
                for klass in base.__mro__:
                    if isinstance(klass, EnumType) and "_new_member_" in klass.__dict__:
                        user_new = klass.__dict__["_new_member_"]
                        break
                if user_new is not None:
                    break
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_unhashable_values_", [])
        type.__setattr__(enum_class, "_member_type_", member_type)
        type.__setattr__(enum_class, "_new_member_", user_new)
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, "_boundary_", None)
        type.__setattr__(enum_class, "_boundary_", boundary)
        if first_enum is not None:
            # methods the data type would shadow come from the enum instead, as in CPython
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in body:
                    found = getattr(enum_class, name, None)
                    if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            type.__setattr__(enum_class, "_flag_mask_", 0)
            # the bitwise operators must beat an int mixin's
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if op not in body:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        for name, value in members.items():
            metacls._add_member_(enum_class, name, value, member_type, user_new, is_flag)
        if is_flag:
            mask = enum_class._flag_mask_
            type.__setattr__(enum_class, "_all_bits_", 2 ** mask.bit_length() - 1)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type, user_new, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (value,)
        if user_new is not None:
            obj = user_new(enum_class, *args)
        elif member_type is object:
            obj = object.__new__(enum_class)
        else:
            obj = member_type.__new__(enum_class, *args)
        if not hasattr(obj, "_value_"):
            if member_type is object:
                obj._value_ = value
            else:
                obj._value_ = member_type(*args)
        value = obj._value_
        obj._name_ = name
        obj._sort_order_ = len(enum_class._member_names_)
        for klass in enum_class.__mro__:
            if "__init__" in klass.__dict__:
                if klass not in (object, int, str, float, tuple, bytes, complex):
                    klass.__dict__["__init__"](obj, *args)
                break
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            obj = canonical
        else:
            if not is_flag or _is_single_bit(value) or value == 0 and False:
                enum_class._member_names_.append(name)
            elif is_flag and isinstance(value, int) and value > 0 and not _is_single_bit(value):
                pass
            if is_flag and isinstance(value, int) and _is_single_bit(value):
                type.__setattr__(enum_class, "_flag_mask_", enum_class._flag_mask_ | value)
            try:
                enum_class._value2member_map_[value] = obj
            except TypeError:
                enum_class._unhashable_values_.append(value)
        enum_class._member_map_[name] = obj
        type.__setattr__(enum_class, name, obj)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases or Enum is None:
            return object, None
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object or isinstance(klass, EnumType):
                    continue
                member_type = klass
                break
            if member_type is not object:
                break
        if member_type is not object and "_value_" in getattr(member_type, "__slots__", ()):
            member_type = object
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_value_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _lookup_value_(cls, value):
        if isinstance(value, cls) and not isinstance(value, (int, str)) or type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except Exception:
                module = "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations: members are instances with a name and a value."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        interesting = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        for cls in type(self).__mro__:
            for name in cls.__dict__:
                if name[0] != "_" and isinstance(cls.__dict__[name], type(lambda: 0)):
                    interesting.add(name)
        return sorted(interesting)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; repr stays the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def _value_repr_(value):
        return int.__repr__(value)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (cls.__name__, value, unknown, bin(unknown)))
        member_type = cls._member_type_
        if member_type is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = member_type.__new__(cls, value)
        if not hasattr(pseudo_member, "_value_"):
            pseudo_member._value_ = value
        if member_value or unknown:
            members = [m for m in cls._iter_defined_() if m._value_ & member_value == m._value_
                       and _is_single_bit(m._value_)]
            names = [m._name_ for m in members]
            if unknown:
                names.append(hex(unknown) if False else str(unknown)) if names else None
            pseudo_member._name_ = "|".join(names) if names else None
        else:
            pseudo_member._name_ = None
        cls._value2member_map_.setdefault(value, pseudo_member)
        pseudo_member = cls._value2member_map_[value]
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    @classmethod
    def _iter_defined_(cls):
        for name in cls._member_names_:
            yield cls._member_map_[name]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__._iter_defined_():
            if m._value_ & self._value_ == m._value_ and m._value_:
                yield m

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_ & self._all_bits_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def _value_repr_(value):
        return int.__repr__(value)


def unique(enumeration):
    """Class decorator: raise ValueError if any value has more than one name."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls, update_str=False):
    """Class decorator: members repr as module.NAME (and str as NAME unless the class keeps
    its mixed-in type's str), and become globals of the class's module."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _module_tail(member):
    return member.__class__.__module__.rpartition(".")[2]


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME."""
    return "%s.%s" % (_module_tail(self), self._name_)


def global_flag_repr(self):
    """repr() of a member of a global flag: module.NAME, or its names joined with |."""
    module = _module_tail(self)
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self):
        return "%s.%s" % (module, self._name_)
    keep = self._boundary_ is KEEP
    return "|".join(n if keep and n[0].isdigit() else "%s.%s" % (module, n) for n in self._name_.split("|"))


def global_str(self):
    """str() of a member of a global enum: its bare name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def pickle_by_global_name(self, proto):
    """__reduce_ex__ for members exported as module globals: pickled by their name."""
    return self.name


def pickle_by_enum_name(self, proto):
    """__reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (self.__class__, self._name_)


def show_flag_values(value):
    """The single bits set in value, low to high."""
    return list(_bits(value))


def bin(num, max_bits=None):
    """bin() in two's complement with a sign bit first: bin(10) is '0b0 1010', bin(~10) '0b1 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace("1", "0", 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)
