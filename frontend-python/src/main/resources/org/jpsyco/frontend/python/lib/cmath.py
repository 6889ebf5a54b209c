"""Mathematical functions for complex numbers.

The functions follow the formulations of W. Kahan, "Branch Cuts for Complex Elementary
Functions" (1987), as CPython's cmath does, so results agree to the last bit and the branch
cuts (and the sign of zero that picks a side of a cut) are the same: sqrt, log and the inverse
functions take the square roots of 1 - z and 1 + z apart, and arguments near overflow are
scaled before squaring. Infinities and NaNs in arguments follow IEEE arithmetic through the
same formulas.
"""

import math as _m

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isclose", "isfinite",
           "isinf", "isnan", "log", "log10", "phase", "polar", "rect", "sin", "sinh", "sqrt", "tan", "tanh",
           "e", "inf", "infj", "nan", "nanj", "pi", "tau"]

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    method = getattr(type(z), "__complex__", None)
    if method is not None:
        r = method(z)
        if not isinstance(r, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(r).__name__})")
        return r
    if hasattr(type(z), "__float__") or hasattr(type(z), "__index__"):
        return complex(z)
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _domain():
    return ValueError("math domain error")


def _check(re, im, *args):
    if _m.isfinite(re) and _m.isfinite(im):
        return complex(re, im)
    if all(_m.isfinite(a) for a in args) and not (_m.isnan(re) or _m.isnan(im)):
        raise OverflowError("math range error")
    if all(_m.isfinite(a) for a in args):
        raise _domain()
    return complex(re, im)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _m.isfinite(z.real) and _m.isfinite(z.imag):
        raise OverflowError("math range error")
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if _m.isinf(phi) and _m.isfinite(r) and r != 0.0:
        raise _domain()
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        re = _m.copysign(inf, _m.cos(phi)) if r > 0 else -_m.copysign(inf, _m.cos(phi))
        im = _m.copysign(inf, _m.sin(phi)) if r > 0 else -_m.copysign(inf, _m.sin(phi))
        return complex(re, im)
    if phi == 0.0:
        return complex(r, 0.0 * r if _m.isfinite(r) else phi * r if r == r else phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or diff <= abs_tol


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(x, _m.copysign(0.0, y) if y == y else nan)
            return complex(abs(y - y) if y == y else nan, _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # scale subnormal arguments up by 2**53 so hypot keeps its precision
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            if x > 0:
                return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        if _m.isinf(x) and (y == 0.0):
            return complex(_m.exp(x), y)
        if _m.isinf(x) and x < 0:
            return complex(0.0, 0.0)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isinf(x):
            return complex(x, nan)
        return complex(nan, y if y == 0.0 else nan)
    if y == 0.0:
        r = _m.exp(x) if x <= 709.782712893384 else inf
        if _m.isinf(r):
            raise OverflowError("math range error")
        return complex(r, y)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        re = l * _m.cos(y) * _m.e
        im = l * _m.sin(y) * _m.e
    else:
        l = _m.exp(x)
        re = l * _m.cos(y)
        im = l * _m.sin(y)
    return _check(re, im, x, y)


def _log(z):
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x) if not (_m.isnan(x) or _m.isnan(y)) else nan)
        return complex(nan, nan)
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise _domain()
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(y, x))


def log(z, base=None):
    r = _log(_c(z))
    if base is None:
        return r
    b = _log(_c(base))
    try:
        return r / b
    except ZeroDivisionError:
        raise ValueError("math domain error") from None


def log10(z):
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def _neg(z):
    return complex(-z.real, -z.imag)


def acos(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _m.atan2(abs(y), x)
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        im = -_m.copysign(big, y) if x < 0 else _m.copysign(big, -y)
        return complex(re, im)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    re = 2.0 * _m.atan2(s1.real, s2.real)
    im = _m.asinh(s2.real * s1.imag - s2.imag * s1.real)
    return complex(re, im)


def acosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    re = _m.asinh(s1.real * s2.real + s1.imag * s2.imag)
    im = 2.0 * _m.atan2(s1.imag, s2.real)
    return complex(re, im)


def asinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        re = _m.copysign(big, x) if y >= 0 else -_m.copysign(big, -x)
        return complex(re, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    re = _m.asinh(s1.real * s2.imag - s2.real * s1.imag)
    im = _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag)
    return complex(re, im)


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def atanh(z):
    z = _c(z)
    if z.real < 0.0:
        return _neg(atanh(_neg(z)))
    x, y = z.real, z.imag
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        re = -_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0)))
        return complex(re, _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    re = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(re, im)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)) * _m.copysign(1.0, x))
        if _m.isinf(x) and y == 0.0:
            return complex(inf, _m.copysign(0.0, x) * y if True else 0.0)
        return complex(nan if not _m.isinf(x) else inf, nan if y != 0.0 else 0.0)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _m.cosh(xm1) * _m.e
        im = _m.sin(y) * _m.sinh(xm1) * _m.e
    else:
        re = _m.cos(y) * _m.cosh(x)
        im = _m.sin(y) * _m.sinh(x)
    return _check(re, im, x, y)


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return complex(_m.copysign(inf, _m.cos(y)) * _m.copysign(1.0, x), _m.copysign(inf, _m.sin(y)))
        if _m.isinf(x) and y == 0.0:
            return complex(x, y)
        return complex(nan, nan if y != 0.0 else y)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _m.sinh(xm1) * _m.e
        im = _m.sin(y) * _m.cosh(xm1) * _m.e
    else:
        re = _m.cos(y) * _m.sinh(x)
        im = _m.sin(y) * _m.cosh(x)
    return _check(re, im, x, y)


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and _m.isfinite(y):
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isinf(x):
            return complex(_m.copysign(1.0, x), 0.0)
        return complex(nan, nan if y != 0.0 else y)
    if abs(x) > _LOG_LARGE:
        re = _m.copysign(1.0, x)
        im = 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
        return complex(re, im)
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def sin(z):
    z = _c(z)
    s = sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def tan(z):
    z = _c(z)
    s = tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)
