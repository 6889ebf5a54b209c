"""Decimal's arithmetic and rounding operations (+, -, *, /, //, %, divmod, **, fma,
remainder_near, quantize, to_integral_*, normalize, scaleb, logb, next_*, sqrt, exp, ln, log10),
kept apart from the class's construction, conversions and comparisons: install() copies them
into Decimal once decimal has defined everything they use."""

import _decimal_math
from decimal import (Clamped, Context, DivisionByZero, DivisionImpossible, DivisionUndefined,
                     Inexact, InvalidOperation, MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_FLOOR,
                     ROUND_HALF_EVEN, Rounded, Subnormal, _as_decimal, _infinity, _nan, _ndigits,
                     _new, _operand, _shorten, getcontext)

Decimal = None  # set by install()


class _Methods:
    # Arithmetic ----------------------------------------------------------------
    def __add__(self, other, context=None):
        other = _operand(other, self, "+", False)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            if other._exp == "F" and self._sign != other._sign:
                return context._raise(InvalidOperation, result=_nan())
            return self
        if other._exp == "F":
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return _new(sign, 0, exp)._fix(context)
        return _new(1 if total < 0 else 0, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        other = _operand(other, self, "+", True)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _operand(other, self, "-", False)
        if other is NotImplemented:
            return other
        if other._exp in ("n", "N"):
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _operand(other, self, "-", True)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _operand(other, self, "*", False)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._exp == "F" or other._exp == "F":
            if (self._exp != "F" and not self._int) or (other._exp != "F" and not other._int):
                return context._raise(InvalidOperation, result=_nan())
            return _infinity(sign)
        return _new(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        other = _operand(other, self, "*", True)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _operand(other, self, "/", False)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._exp == "F":
            if other._exp == "F":
                return context._raise(InvalidOperation, result=_nan())
            return _infinity(sign)
        if other._exp == "F":
            context._raise(Clamped)
            return _new(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, result=_nan())
            return context._raise(DivisionByZero, result=_infinity(sign))
        ideal = self._exp - other._exp
        if not self._int:
            return _new(sign, 0, ideal)._fix(context)
        shift = max(0, context.prec + _ndigits(other._int) - _ndigits(self._int) + 1)
        q, r = divmod(self._int * 10 ** shift, other._int)
        exp = ideal - shift
        if r == 0:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        elif q % 5 == 0:
            q += 1
        return _new(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _operand(other, self, "/", True)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_int(self, other, context, want):
        """(quotient, remainder) of truncating division; None parts when not wanted."""
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._exp == "F":
            if other._exp == "F":
                bad = context._raise(InvalidOperation, result=_nan())
                return bad, bad
            return _infinity(sign), context._raise(InvalidOperation, result=_nan()) \
                if want != "q" else None
        if other._exp == "F":
            return _new(sign, 0, 0), self._fix(context)
        if not other._int:
            if not self._int:
                bad = context._raise(DivisionUndefined, result=_nan())
                return bad, bad
            if want == "r":
                return None, context._raise(InvalidOperation, result=_nan())
            q = context._raise(DivisionByZero, result=_infinity(sign))
            return q, context._raise(InvalidOperation, result=_nan()) if want == "qr" else None
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            bad = context._raise(DivisionImpossible, result=_nan())
            return bad, bad
        return _new(sign, q, 0), _new(self._sign, r, exp)._fix(context)

    def __floordiv__(self, other, context=None):
        other = _operand(other, self, "//", False)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext(), "q")[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other, self, "//", True)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _operand(other, self, "%", False)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext(), "r")[1]

    def __rmod__(self, other, context=None):
        other = _operand(other, self, "%", True)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _operand(other, self, "divmod()", False)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext(), "qr")

    def __rdivmod__(self, other, context=None):
        other = _operand(other, self, "divmod()", True)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        context = context or getcontext()
        other = _as_decimal(other, context, raiseit=True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._is_special or other._is_special or not other._int:
            return self._divide_int(other, context, "r")[1]
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            r -= b
            q += 1
        if _ndigits(q) > context.prec:
            return context._raise(DivisionImpossible, result=_nan())
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _new(sign, r, exp)._fix(context)

    def fma(self, other, third, context=None):
        context = context or getcontext()
        other = _as_decimal(other, context, raiseit=True)
        third = _as_decimal(third, context, raiseit=True)
        exact = Context(prec=MAX_PREC, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN,
                        Emax=MAX_EMAX, traps=[])
        product = self.__mul__(other, exact)
        if product.is_nan() and not (self.is_nan() or other.is_nan()):
            return context._raise(InvalidOperation, result=_nan())
        return product.__add__(third, context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return _decimal_math.power_modulo(self, other, modulo, context or getcontext())
        other = _operand(other, self, "** or pow()", False)
        if other is NotImplemented:
            return other
        return _decimal_math.power(self, other, context or getcontext())

    def __rpow__(self, other, context=None):
        other = _operand(other, self, "** or pow()", True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    # Rounding operations -----------------------------------------------------------
    def quantize(self, exp, rounding=None, context=None):
        context = context or getcontext()
        exp = _as_decimal(exp, context, raiseit=True)
        rounding = rounding or context.rounding
        nan = self._check_nans(exp, context)
        if nan is not None:
            return nan
        if self._exp == "F" or exp._exp == "F":
            if self._exp == "F" and exp._exp == "F":
                return self
            return context._raise(InvalidOperation, result=_nan())
        target = exp._exp
        if not context.Etiny() <= target <= context.Emax:
            return context._raise(InvalidOperation, result=_nan())
        if not self._int:
            return _new(self._sign, 0, target)._fix(context)
        if self.adjusted() > context.Emax:
            return context._raise(InvalidOperation, result=_nan())
        drop = target - self._exp
        c, inexact = _shorten(self._sign, self._int, drop, rounding)
        if _ndigits(c) > context.prec:
            return context._raise(InvalidOperation, result=_nan())
        result = _new(self._sign, c, target)
        if c and result.adjusted() > context.Emax:
            return context._raise(InvalidOperation, result=_nan())
        if drop > 0:
            if inexact:
                context._raise(Inexact)
            context._raise(Rounded)
        if c and result.adjusted() < context.Emin:
            context._raise(Subnormal)
        return result

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._is_special or self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._is_special or self._exp >= 0:
            return self
        if not self._int:
            return _new(self._sign, 0, 0)
        result = self._rescale(0, rounding or context.rounding)
        if result._int * 10 ** -self._exp != self._int:
            context._raise(Inexact)
        context._raise(Rounded)
        return result

    def normalize(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        d = self._fix(context)
        if d._is_special:
            return d
        if not d._int:
            return _new(d._sign, 0, 0)
        exp_max = context.Emax if context.clamp == 0 else context.Etop()
        c, exp = d._int, d._exp
        while c % 10 == 0 and exp < exp_max:
            c //= 10
            exp += 1
        return _new(d._sign, c, exp)

    def scaleb(self, other, context=None):
        context = context or getcontext()
        other = _as_decimal(other, context, raiseit=True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._exp != 0:
            return context._raise(InvalidOperation, result=_nan())
        if self._is_special:
            return self
        return _new(self._sign, self._int, self._exp + int(other))._fix(context)

    def logb(self, context=None):
        context = context or getcontext()
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._exp == "F":
            return _infinity(0)
        if not self._int:
            return context._raise(DivisionByZero, result=_infinity(1))
        return Decimal(self.adjusted())._fix(context)

    def next_plus(self, context=None):
        context = context or getcontext()
        return _decimal_math.next_toward(self, 1, context)

    def next_minus(self, context=None):
        context = context or getcontext()
        return _decimal_math.next_toward(self, -1, context)

    def sqrt(self, context=None):
        return _decimal_math.sqrt(self, context or getcontext())

    def exp(self, context=None):
        return _decimal_math.exp(self, context or getcontext())

    def ln(self, context=None):
        return _decimal_math.ln(self, context or getcontext())

    def log10(self, context=None):
        return _decimal_math.log10(self, context or getcontext())


def install(cls):
    """Copies the operations into cls (decimal.Decimal), under its name."""
    global Decimal
    Decimal = cls
    for name, value in list(vars(_Methods).items()):
        if callable(value) and name not in ("__init_subclass__", "__subclasshook__"):
            value.__qualname__ = cls.__name__ + "." + name
            setattr(cls, name, value)
