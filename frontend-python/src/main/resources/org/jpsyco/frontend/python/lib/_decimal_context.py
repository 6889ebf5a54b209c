"""Signals, rounding modes and the arithmetic Context of the decimal module."""

import threading as _threading

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""

    __module__ = "decimal"


class Clamped(DecimalException):
    __module__ = "decimal"


class InvalidOperation(DecimalException):
    __module__ = "decimal"


class ConversionSyntax(InvalidOperation):
    __module__ = "decimal"


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = "decimal"


class DivisionImpossible(InvalidOperation):
    __module__ = "decimal"


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = "decimal"


class Inexact(DecimalException):
    __module__ = "decimal"


class InvalidContext(InvalidOperation):
    __module__ = "decimal"


class Rounded(DecimalException):
    __module__ = "decimal"


class Subnormal(DecimalException):
    __module__ = "decimal"


class Overflow(Inexact, Rounded):
    __module__ = "decimal"


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = "decimal"


class FloatOperation(DecimalException, TypeError):
    __module__ = "decimal"



# The order the flags and traps dictionaries list their signals in.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)

# A condition raised as its own class but recorded under the signal it belongs to.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    """The flags or traps of a Context: every signal mapped to a bool."""

    def __init__(self, on=()):
        dict.__init__(self, ((s, s in on) for s in _SIGNALS))

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return "{" + ", ".join("%r:%s" % (k, v) for k, v in self.items()) + "}"

    def copy(self):
        other = _SignalDict()
        for k, v in self.items():
            dict.__setitem__(other, k, v)
        return other


class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    __module__ = "decimal"

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else \
            (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = self._signal_dict(flags, ())
        if traps is None:
            traps = base.traps if base else (InvalidOperation, DivisionByZero, Overflow)
        self.traps = self._signal_dict(traps, ())

    @staticmethod
    def _signal_dict(value, default):
        result = _SignalDict(default)
        if value is None:
            return result
        if isinstance(value, dict):
            for k, v in value.items():
                result[k] = v
        else:
            for k in value:
                result[k] = True
        return result

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR,"
                                " ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "Emin":
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ("capitals", "clamp"):
            if value not in (0, 1):
                raise ValueError("valid values for %s are 0 or 1" % name)
        elif name in ("flags", "traps"):
            if not isinstance(value, _SignalDict):
                value = self._signal_dict(value, ())
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        def names(d):
            return "[" + ", ".join(k.__name__ for k, v in d.items() if v) + "]"
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=%s, traps=%s)" % (self.prec, self.rounding, self.Emin, self.Emax,
                                         self.capitals, self.clamp, names(self.flags),
                                         names(self.traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        from decimal import Decimal
        return Decimal(10)

    def _raise(self, condition, *, result=None):
        """Records condition; raises it when its signal is trapped, else returns result."""
        signal = _SIGNAL_OF.get(condition, condition)
        dict.__setitem__(self.flags, signal, True)
        if self.traps.get(signal):
            raise signal([condition])
        return result

    def create_decimal(self, num="0"):
        from decimal import Decimal
        d = Decimal(num, context=self)
        if d._is_special and d._exp in ("n", "N") and len(str(d._int)) > self.prec - self.clamp \
                and d._int:
            return self._raise(ConversionSyntax, result=Decimal("NaN"))
        return d._fix(self)

    def create_decimal_from_float(self, f):
        from decimal import Decimal
        return Decimal.from_float(f)._fix(self)


def _delegate(name, arity, method=None):
    method = method or name

    def op(self, a, *rest):
        from decimal import _as_decimal
        a = _as_decimal(a, self, raiseit=True)
        args = [_as_decimal(x, self, raiseit=True) for x in rest]
        return getattr(a, method)(*args, context=self)
    op.__name__ = name
    return op


for _name, _arity, _method in (
        ("abs", 1, "__abs__"), ("add", 2, "__add__"), ("subtract", 2, "__sub__"),
        ("multiply", 2, "__mul__"), ("divide", 2, "__truediv__"),
        ("divide_int", 2, "__floordiv__"), ("remainder", 2, "__mod__"),
        ("divmod", 2, "__divmod__"), ("power", 2, "__pow__"), ("plus", 1, "__pos__"),
        ("minus", 1, "__neg__"), ("sqrt", 1, None), ("exp", 1, None), ("ln", 1, None),
        ("log10", 1, None), ("quantize", 2, None), ("compare", 2, None), ("max", 2, None),
        ("min", 2, None), ("normalize", 1, None), ("to_integral_value", 1, None),
        ("to_integral_exact", 1, None), ("to_integral", 1, "to_integral_value"),
        ("fma", 3, None), ("copy_sign", 2, None), ("scaleb", 2, None),
        ("remainder_near", 2, None), ("logb", 1, None), ("next_plus", 1, None),
        ("next_minus", 1, None), ("same_quantum", 2, None)):
    setattr(Context, _name, _delegate(_name, _arity, _method))


def _predicate(name):
    def op(self, a):
        from decimal import _as_decimal
        return getattr(_as_decimal(a, self, raiseit=True), name)()
    op.__name__ = name
    return op


for _name in ("is_canonical", "is_finite", "is_infinite", "is_nan", "is_qnan", "is_snan",
              "is_signed", "is_zero", "copy_abs", "copy_negate", "adjusted", "number_class",
              "to_eng_string", "to_sci_string", "canonical"):
    setattr(Context, _name, _predicate(_name))


def _is_normal(self, a):
    from decimal import _as_decimal
    return _as_decimal(a, self, raiseit=True).is_normal(context=self)


def _is_subnormal(self, a):
    from decimal import _as_decimal
    return _as_decimal(a, self, raiseit=True).is_subnormal(context=self)


Context.is_normal = _is_normal
Context.is_subnormal = _is_subnormal
Context.copy_decimal = lambda self, a: __import__("decimal")._as_decimal(a, self, raiseit=True)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_local = _threading.local()


def getcontext():
    """The current thread's context (a copy of DefaultContext at first use)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        _local.context = ctx
        return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or the current context) current."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                       "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)
