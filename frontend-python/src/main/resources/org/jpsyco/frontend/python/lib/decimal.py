"""Decimal fixed and floating point arithmetic (the documented decimal API).

A Decimal is a sign, an integer coefficient and a power-of-ten exponent; results are
computed exactly and then rounded once to the context's precision, as the General Decimal
Arithmetic specification prescribes.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
    ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY,
    DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
    DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
    Overflow, Underflow, FloatOperation, Context, DefaultContext, BasicContext,
    ExtendedContext, getcontext, setcontext, localcontext)
from _decimal_format import format_decimal as _format_decimal
import _decimal_math

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
    "InvalidContext", "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN",
    "ROUND_05UP", "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX",
    "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _ndigits(c):
    return len(str(c))


def _round_up(sign, q, r, drop, rounding):
    """Whether q (with r the dropped remainder of drop digits) rounds away from zero."""
    if r == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return q % 5 == 0
    half = 5 * 10 ** (drop - 1)
    if r != half:
        return r > half
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return q % 2 == 1


def _shorten(sign, c, drop, rounding):
    """(coefficient, inexact) of c with its drop lowest digits rounded away."""
    if drop <= 0:
        return c * 10 ** -drop, False
    q, r = divmod(c, 10 ** drop)
    if _round_up(sign, q, r, drop, rounding):
        q += 1
    return q, r != 0


def _new(sign, coefficient, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coefficient
    d._exp = exp
    d._is_special = special
    return d


def _nan(sign=0, payload=0, signaling=False):
    return _new(sign, payload, "N" if signaling else "n", True)


def _infinity(sign):
    return _new(sign, 0, "F", True)


def _as_decimal(value, context, raiseit=False):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
    return NotImplemented


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = text.strip().replace("_", "") if "_" not in text.strip()[:1] + text.strip()[-1:] \
        else None
    if s is None or not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F", True
    for prefix, code in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload or "0"), code, True
    exp = 0
    if "e" in low:
        at = low.index("e")
        exp_text = low[at + 1:]
        low = low[:at]
        body = exp_text[1:] if exp_text[:1] in "+-" else exp_text
        if not body or not body.isdigit() or not body.isascii():
            return None
        exp = int(exp_text)
    whole, dot, frac = low.partition(".")
    if not whole and not frac:
        return None
    for part in (whole, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    digits = (whole + frac).lstrip("0")
    return sign, int(digits or "0"), exp - len(frac), False


class Decimal:
    """An immutable decimal floating point number."""

    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                result = context._raise(ConversionSyntax, result=_nan())
                self._sign, self._int, self._exp, self._is_special = 0, 0, "n", True
                return self
            self._sign, self._int, self._exp, self._is_special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = (
                value._sign, value._int, value._exp, value._is_special)
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise(FloatOperation) if context.traps.get(FloatOperation) else \
                dict.__setitem__(context.flags, FloatOperation, True)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._is_special = (d._sign, d._int, d._exp,
                                                                  d._is_special)
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            coefficient = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coefficient = coefficient * 10 + d
            self._sign = sign
            self._int = coefficient
            if exp in ("F", "n", "N"):
                self._exp = exp
                self._is_special = True
                if exp == "F":
                    self._int = 0
            elif isinstance(exp, int):
                self._exp = exp
                self._is_special = False
            else:
                raise ValueError("exponent must be an integer")
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            d = _nan()
        elif f in (float("inf"), float("-inf")):
            d = _infinity(1 if f < 0 else 0)
        else:
            sign = 1 if _math.copysign(1.0, f) < 0 else 0
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _new(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # Classification ------------------------------------------------------------
    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        sign = "-" if self._sign else "+"
        if self.is_infinite():
            return sign + "Infinity"
        if self.is_zero():
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def as_tuple(self):
        if self._exp == "F":
            digits = (0,)
        elif self._is_special:
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        den = 10 ** -self._exp
        g = _math.gcd(n, den)
        return n // g, den // g

    # Rounding to a context ---------------------------------------------------
    def _fix(self, context):
        """self rounded to the context's precision and exponent limits."""
        if self._is_special:
            if self._exp in ("n", "N"):
                limit = context.prec - context.clamp
                if len(str(self._int)) > limit and self._int:
                    return _nan(self._sign, int(str(self._int)[-limit:]) if limit else 0,
                                self._exp == "N")
            return self
        etiny = context.Etiny()
        etop = context.Etop()
        c, exp, sign = self._int, self._exp, self._sign
        if c == 0:
            exp_max = context.Emax if context.clamp == 0 else etop
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                context._raise(Clamped)
                return _new(sign, 0, new_exp)
            return self
        nd = _ndigits(c)
        prec = context.prec
        exp_min = nd + exp - prec
        if exp_min > etop:
            return self._overflow(context)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            drop = exp_min - exp
            new_c, inexact = _shorten(sign, c, drop, context.rounding)
            if _ndigits(new_c) > prec:
                new_c //= 10
                exp_min += 1
                if exp_min > etop:
                    return self._overflow(context)
            if subnormal:
                context._raise(Subnormal)
                if inexact:
                    context._raise(Underflow)
                    if not new_c:
                        context._raise(Clamped)
            if inexact:
                context._raise(Inexact)
            context._raise(Rounded)
            return _new(sign, new_c, exp_min)
        if subnormal and nd + exp - 1 < context.Emin:
            context._raise(Subnormal)
        if context.clamp == 1 and exp > etop:
            context._raise(Clamped)
            return _new(sign, c * 10 ** (exp - etop), etop)
        return self

    def _overflow(self, context):
        context._raise(Inexact)
        context._raise(Rounded)
        sign = self._sign
        rounding = context.rounding
        if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                (rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign):
            result = _infinity(sign)
        else:
            result = _new(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)
        return context._raise(Overflow, result=result)

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounding as needed (no signals)."""
        if self._is_special:
            return self
        if not self._int:
            return _new(self._sign, 0, exp)
        c, _ = _shorten(self._sign, self._int, exp - self._exp, rounding)
        return _new(self._sign, c, exp)

    # NaN handling ---------------------------------------------------------------
    def _check_nans(self, other, context):
        """The result when self or other is a NaN (signalling ones raise), else None."""
        for operand in (self, other):
            if operand is not None and operand._exp == "N":
                return context._raise(InvalidOperation,
                                      result=_nan(operand._sign, operand._int)._fix(context))
        for operand in (self, other):
            if operand is not None and operand._exp == "n":
                return operand._fix(context)
        return None

    # Conversions ---------------------------------------------------------------
    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            payload = str(self._int) if self._int else ""
            return sign + ("sNaN" if self._exp == "N" else "NaN") + payload
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dot = leftdigits
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (leftdigits + 1) % 3 - 1
        else:
            dot = (leftdigits - 1) % 3 + 1
        if dot <= 0:
            text = "0." + "0" * -dot + digits
        elif dot >= len(digits):
            text = digits + "0" * (dot - len(digits))
        else:
            text = digits[:dot] + "." + digits[dot:]
        if leftdigits != dot:
            capitals = (context or getcontext()).capitals
            text += ("E" if capitals else "e") + "%+d" % (leftdigits - dot)
        return sign + text

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def to_sci_string(self, context=None):
        return self.__str__(context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec, getcontext())

    def __float__(self):
        if self._exp == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == "n":
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, rounding):
        if self._is_special:
            return int(self)
        return int(self._rescale(0, rounding)) if self._exp < 0 else int(self)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return self._to_int(ROUND_HALF_EVEN)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __bool__(self):
        return self._is_special or self._int != 0

    def __hash__(self):
        if self._is_special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            if self._exp == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10INV, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # Comparison ----------------------------------------------------------------
    def _compare_value(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._exp == "F" or other._exp == "F":
            a = 0 if self._exp != "F" else (-1 if self._sign else 1)
            b = 0 if other._exp != "F" else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                if a != b and (a or b):
                    if a == 0:
                        return -b
                    if b == 0:
                        return a
                    return 1 if a > b else -1
        if not self._int and not other._int:
            return 0
        if not self._int:
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        sign = -1 if self._sign else 1
        a_adj = self.adjusted()
        b_adj = other.adjusted()
        if a_adj != b_adj:
            return sign if a_adj > b_adj else -sign
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        if a == b:
            return 0
        return sign if a > b else -sign

    def _coerce_compare(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            if not equality:
                if context.traps.get(FloatOperation):
                    context._raise(FloatOperation)
                dict.__setitem__(context.flags, FloatOperation, True)
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return Decimal.from_float(other.real)
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _rich(self, other, op, equality=False):
        other = self._coerce_compare(other, equality)
        if other is NotImplemented:
            return NotImplemented
        if not isinstance(other, Decimal):
            # A Fraction: compare exactly as rationals.
            if self.is_nan():
                return op == "!="
            if self._exp == "F":
                c = -1 if self._sign else 1
            else:
                from fractions import Fraction
                mine = Fraction(*self.as_integer_ratio())
                c = (mine > other) - (mine < other)
            return _apply(op, c)
        if self.is_nan() or other.is_nan():
            if equality:
                if self._exp == "N" or other._exp == "N":
                    getcontext()._raise(InvalidOperation)
                return op == "!="
            getcontext()._raise(InvalidOperation)
            return False
        return _apply(op, self._compare_value(other))

    def __eq__(self, other):
        return self._rich(other, "==", True)

    def __ne__(self, other):
        return self._rich(other, "!=", True)

    def __lt__(self, other):
        return self._rich(other, "<")

    def __le__(self, other):
        return self._rich(other, "<=")

    def __gt__(self, other):
        return self._rich(other, ">")

    def __ge__(self, other):
        return self._rich(other, ">=")

    def compare(self, other, context=None):
        context = context or getcontext()
        other = _as_decimal(other, context, raiseit=True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return Decimal(self._compare_value(other))

    def compare_signal(self, other, context=None):
        context = context or getcontext()
        other = _as_decimal(other, context, raiseit=True)
        if self.is_nan() or other.is_nan():
            return context._raise(InvalidOperation, result=_nan())
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        other = _as_decimal(other, None, raiseit=True)
        return Decimal(_total_key(self) > _total_key(other)) - \
            Decimal(_total_key(self) < _total_key(other)) if False else \
            Decimal((_total_key(self) > _total_key(other)) - (_total_key(self) < _total_key(other)))

    def max(self, other, context=None):
        context = context or getcontext()
        other = _as_decimal(other, context, raiseit=True)
        return _pick(self, other, context, 1)

    def min(self, other, context=None):
        context = context or getcontext()
        other = _as_decimal(other, context, raiseit=True)
        return _pick(self, other, context, -1)

    def same_quantum(self, other, context=None):
        other = _as_decimal(other, None, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # Sign manipulation ---------------------------------------------------------
    def copy_abs(self):
        return _new(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _as_decimal(other, None, raiseit=True)
        return _new(other._sign, self._int, self._exp, self._is_special)

    def __neg__(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        sign = 1 - self._sign
        if not self._is_special and not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return _new(sign, self._int, self._exp, self._is_special)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        sign = self._sign
        if not self._is_special and not self._int and context.rounding != ROUND_FLOOR:
            sign = 0
        return _new(sign, self._int, self._exp, self._is_special)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        return self.copy_abs()._fix(context)

    def plus(self, context=None):
        return self.__pos__(context)

    def minus(self, context=None):
        return self.__neg__(context)

    def radix(self):
        return Decimal(10)


def _apply(op, c):
    if op == "==":
        return c == 0
    if op == "!=":
        return c != 0
    if op == "<":
        return c < 0
    if op == "<=":
        return c <= 0
    if op == ">":
        return c > 0
    return c >= 0


def _total_key(d):
    return (d._sign == 0, d._exp == "F", d._exp not in ("n", "N"),
            d._compare_value(Decimal(0)) if not d._is_special else 0)


def _pick(a, b, context, direction):
    if a.is_nan() or b.is_nan():
        if a._exp == "N" or b._exp == "N":
            return a._check_nans(b, context)
        if a.is_nan() and b.is_nan():
            return a._fix(context)
        return (b if a.is_nan() else a)._fix(context)
    c = a._compare_value(b)
    if c == 0:
        # Equal values: prefer by sign, then by exponent, as the specification orders them.
        if a._sign != b._sign:
            c = -1 if a._sign else 1
        elif a._exp != b._exp and not a._is_special:
            c = 1 if (a._exp > b._exp) != bool(a._sign) else -1
    chosen = a if (c >= 0) == (direction > 0) else b
    return chosen._fix(context)


_PLAIN_TYPES = (float, str, complex, list, tuple, dict, set, bytes, type(None))
_SEQUENCES = (str, list, tuple, bytes)


def _operand(other, me, op, reflected):
    """other as a Decimal, NotImplemented, or a TypeError naming decimal.Decimal as CPython."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, _PLAIN_TYPES) and not (op == "*" and isinstance(other, _SEQUENCES)):
        names = (type(other).__name__, "decimal.Decimal") if reflected else \
            ("decimal.Decimal", type(other).__name__)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % ((op,) + names))
    return NotImplemented


import _decimal_arith  # noqa: E402  (the arithmetic and rounding operations, in their own file)
_decimal_arith.install(Decimal)
_numbers.Number.register(Decimal)

_decimal_math.bind(_new, _nan, _infinity, _ndigits, _shorten, Decimal)
