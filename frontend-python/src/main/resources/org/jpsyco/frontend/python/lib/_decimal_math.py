"""Power, square root, exponential and logarithms of Decimals.

Transcendental results are computed in integer fixed point with guard digits well beyond
the context precision and then rounded once (half even, as the specification asks).
"""

import math as _math

_new = _nan = _infinity = _ndigits = _shorten = Decimal = None


def bind(new, nan, infinity, ndigits, shorten, decimal_class):
    global _new, _nan, _infinity, _ndigits, _shorten, Decimal
    _new, _nan, _infinity, _ndigits, _shorten, Decimal = (new, nan, infinity, ndigits,
                                                          shorten, decimal_class)


def _work_context(context, prec):
    from _decimal_context import Context, ROUND_HALF_EVEN
    return Context(prec=prec, rounding=ROUND_HALF_EVEN, Emin=-999999999999999999,
                   Emax=999999999999999999, traps=[])


def _finish(sign, coefficient, exp, context, exact=False):
    """Rounds a computed value half-even to the context, signalling Inexact unless exact."""
    from _decimal_context import ROUND_HALF_EVEN, Inexact, Rounded
    saved = context.rounding
    object.__setattr__(context, "rounding", ROUND_HALF_EVEN)
    try:
        result = _new(sign, coefficient, exp)._fix(context)
    finally:
        object.__setattr__(context, "rounding", saved)
    if not exact:
        context._raise(Inexact)
        context._raise(Rounded)
    return result


# ---------------------------------------------------------------------------
# square root

def sqrt(x, context):
    from _decimal_context import InvalidOperation
    nan = x._check_nans(None, context)
    if nan is not None:
        return nan
    if x._exp == "F":
        if x._sign:
            return context._raise(InvalidOperation, result=_nan())
        return x
    if not x._int:
        return _new(x._sign, 0, x._exp // 2)._fix(context)
    if x._sign:
        return context._raise(InvalidOperation, result=_nan())
    c, e = x._int, x._exp
    ideal = e // 2
    if e % 2:
        c *= 10
        e -= 1
    prec = context.prec
    k = max(0, prec + 2 - (_ndigits(c) + 1) // 2)
    n = c * 10 ** (2 * k)
    r = _math.isqrt(n)
    exp = e // 2 - k
    exact = r * r == n
    if exact:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
    elif r % 5 == 0:
        r += 1
    from _decimal_context import ROUND_HALF_EVEN
    saved = context.rounding
    object.__setattr__(context, "rounding", ROUND_HALF_EVEN)
    try:
        return _new(0, r, exp)._fix(context)
    finally:
        object.__setattr__(context, "rounding", saved)


# ---------------------------------------------------------------------------
# fixed point helpers: a value v is held as the integer round(v * 10**w)

def _exp_fixed(x_num, x_exp, w):
    """e**x * 10**w for x = x_num * 10**x_exp >= 0, as an integer."""
    scale = 10 ** w
    if x_exp + w >= 0:
        X = x_num * 10 ** (x_exp + w)
    else:
        X = x_num // 10 ** -(x_exp + w)
    # Halve x until it is small, sum the series, then square back.
    k = 0
    while X > scale // 16:
        X //= 2
        k += 1
    # Repeated squaring multiplies the relative error by 2**k: guard digits cover it.
    term = scale
    total = scale
    n = 1
    while term:
        term = term * X // (scale * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // scale
    return total


def _ln_fixed(y_num, y_exp, w):
    """ln(y) * 10**w for y = y_num * 10**y_exp in [1, 10), as an integer."""
    scale = 10 ** w
    if y_exp + w >= 0:
        Y = y_num * 10 ** (y_exp + w)
    else:
        Y = y_num // 10 ** -(y_exp + w)
    k = 0
    # Take square roots until y is within 1% of 1, so the atanh series converges fast.
    while Y > scale + scale // 100:
        Y = _math.isqrt(Y * scale)
        k += 1
    z_num = Y - scale
    z = z_num * scale // (Y + scale)
    z2 = z * z // scale
    term = z
    total = z
    n = 3
    while term:
        term = term * z2 // scale
        total += term // n
        n += 2
    return (2 * total) << k


_LN10 = {}


def _ln10_fixed(w):
    cached = _LN10.get(w)
    if cached is None:
        # ln 10 = 4 ln(10**0.25); ln of 1.778... converges quickly after the square roots.
        cached = _ln_fixed(10, 0, w + 2) // 100 if False else _ln_of_ten(w)
        _LN10[w] = cached
    return cached


def _ln_of_ten(w):
    scale = 10 ** (w + 5)
    # ln 10 = 3 ln 2 + ln 1.25
    ln2 = _ln_fixed(2, 0, w + 5)
    ln125 = _ln_fixed(125, -2, w + 5)
    return (3 * ln2 + ln125) // 10 ** 5


def _ln_total(x, w):
    """ln(x) * 10**w for a positive finite Decimal x, as an integer."""
    nd = _ndigits(x._int)
    adj = x._exp + nd - 1
    # x = m * 10**adj with m in [1, 10)
    m_num, m_exp = x._int, -(nd - 1)
    return _ln_fixed(m_num, m_exp, w) + adj * _ln10_fixed(w)


# ---------------------------------------------------------------------------
# exp, ln, log10

def exp(x, context):
    nan = x._check_nans(None, context)
    if nan is not None:
        return nan
    if x._exp == "F":
        return _new(0, 0, 0) if x._sign else x
    if not x._int:
        return _new(0, 1, 0)
    prec = context.prec
    adj = x.adjusted()
    if adj > 20:
        # Far beyond any exponent limit: overflow or underflow.
        if x._sign:
            return _finish(0, 1, context.Etiny() - 1, context)
        return _new(0, 1, context.Emax + 1)._fix(context)
    int_digits = max(0, adj + 1)
    guard = 20 + int_digits + int(0.31 * (adj * 3.33 + 10)) + 10
    w = prec + guard
    value = _exp_fixed(x._int, x._exp, w)
    if x._sign:
        # e**-x = 1 / e**x, with enough digits for the quotient.
        total_digits = _ndigits(value)
        num = 10 ** (w + total_digits + prec + 10)
        q = num // value
        exp_ = -(total_digits + prec + 10)
        return _finish(0, q * 10 + 1, exp_ - 1, context)
    return _finish(0, value * 10 + 1, -w - 1, context)


def ln(x, context):
    from _decimal_context import InvalidOperation
    nan = x._check_nans(None, context)
    if nan is not None:
        return nan
    if x._exp == "F":
        if x._sign:
            return context._raise(InvalidOperation, result=_nan())
        return x
    if not x._int:
        return _infinity(1)
    if x._sign:
        return context._raise(InvalidOperation, result=_nan())
    if x._int == 1 and x._exp == 0 or (x._exp < 0 and x._int == 10 ** -x._exp):
        return _new(0, 0, 0)
    w = context.prec + 20 + _closeness_to_one(x)
    total = _ln_total(x, w)
    sign = 1 if total < 0 else 0
    return _finish(sign, abs(total) * 10 + 1, -w - 1, context)


def _closeness_to_one(x):
    """Extra digits needed when x is close to 1 (its logarithm is then tiny)."""
    one = _new(0, 1, 0)
    diff = x.__sub__(one, _work_context(None, _ndigits(x._int) + abs(x._exp) + 5))
    if not diff._int:
        return 0
    return max(0, -diff.adjusted())


def log10(x, context):
    from _decimal_context import InvalidOperation
    nan = x._check_nans(None, context)
    if nan is not None:
        return nan
    if x._exp == "F":
        if x._sign:
            return context._raise(InvalidOperation, result=_nan())
        return x
    if not x._int:
        return _infinity(1)
    if x._sign:
        return context._raise(InvalidOperation, result=_nan())
    digits = str(x._int)
    if digits[0] == "1" and digits[1:] == "0" * (len(digits) - 1):
        power = x._exp + len(digits) - 1
        return Decimal(power)._fix(context)
    w = context.prec + 20 + _closeness_to_one(x)
    total = _ln_total(x, w)
    value = total * 10 ** w // _ln10_fixed(w) if total >= 0 else \
        -((-total) * 10 ** w // _ln10_fixed(w))
    sign = 1 if value < 0 else 0
    return _finish(sign, abs(value) * 10 + 1, -w - 1, context)


# ---------------------------------------------------------------------------
# power

def _integral_value(y):
    """int(y) when y is a finite integer-valued Decimal, else None."""
    if y._is_special:
        return None
    if y._exp >= 0:
        n = y._int * 10 ** y._exp
    else:
        q, r = divmod(y._int, 10 ** -y._exp)
        if r:
            return None
        n = q
    return -n if y._sign else n


def power(x, y, context):
    from _decimal_context import InvalidOperation, DivisionByZero
    nan = x._check_nans(y, context)
    if nan is not None:
        return nan
    n = _integral_value(y)
    if not y._is_special and not y._int:
        if not x._is_special and not x._int:
            return context._raise(InvalidOperation, result=_nan())
        return _new(0, 1, 0)
    result_sign = x._sign if (n is not None and n % 2) else 0
    if x._sign and n is None and (x._is_special or x._int):
        return context._raise(InvalidOperation, result=_nan())
    if not x._is_special and not x._int:
        if y._sign:
            return _infinity(result_sign)
        return _new(result_sign, 0, 0)
    if x._exp == "F":
        if y._sign:
            return _new(result_sign, 0, 0)
        return _infinity(result_sign)
    if y._exp == "F":
        one = x.copy_abs()._compare_value(_new(0, 1, 0))
        if one == 0:
            return _finish(0, 10 ** (context.prec - 1), -(context.prec - 1), context)
        if (one > 0) != bool(y._sign):
            return _infinity(0)
        return _new(0, 0, 0)
    if n is not None and abs(n) * (_ndigits(x._int) + 1) <= 20000:
        if n > 0:
            return _new(result_sign, x._int ** n, x._exp * n)._fix(context)
        denominator = _new(result_sign, x._int ** -n, x._exp * -n)
        return _new(0, 1, 0).__truediv__(denominator, context)
    # x ** y = exp(y * ln |x|), with guard digits.
    w = context.prec + 25 + _closeness_to_one(x.copy_abs())
    work = _work_context(context, w)
    lnx = _ln_total(x.copy_abs(), w)
    log_value = _new(1 if lnx < 0 else 0, abs(lnx), -w)
    product = log_value.__mul__(y, work)
    if product._is_special:
        return product
    inner = _work_context(context, context.prec + 10)
    shifted = exp(product, inner)
    return _finish(result_sign, shifted._int * 10 + 1, shifted._exp - 1, context)


def power_modulo(x, y, modulo, context):
    from _decimal_context import InvalidOperation
    y = Decimal(y) if isinstance(y, int) else y
    modulo = Decimal(modulo) if isinstance(modulo, int) else modulo
    a = _integral_value(x)
    b = _integral_value(y)
    m = _integral_value(modulo)
    if a is None or b is None or m is None or b < 0 or m == 0:
        return context._raise(InvalidOperation, result=_nan())
    r = pow(abs(a), b, abs(m))
    sign = 1 if a < 0 and b % 2 else 0
    return _new(sign, r, 0)._fix(context)


def next_toward(x, direction, context):
    from _decimal_context import ROUND_CEILING, ROUND_FLOOR
    nan = x._check_nans(None, context)
    if nan is not None:
        return nan
    if x._exp == "F":
        if (direction > 0) == bool(x._sign):
            return _new(x._sign, 10 ** context.prec - 1, context.Etop())
        return x
    work = context.copy()
    work.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    work.traps = {}
    tiny = _new(0 if direction > 0 else 1, 1, context.Etiny() - 1)
    return x.__add__(tiny, work)
