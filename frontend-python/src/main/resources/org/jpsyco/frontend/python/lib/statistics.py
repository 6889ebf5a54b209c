"""Mathematical statistics of numeric data (the documented statistics API of Python 3.11).

Sums of the data are computed exactly, as fractions, and converted to the data's type at
the end, so the results are correctly rounded and keep ints, Fractions and Decimals exact
where the documentation says they do.
"""

import math
import numbers
import random
from collections import Counter, defaultdict, namedtuple
from fractions import Fraction
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
           "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
           "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _decimal_type():
    import sys
    mod = sys.modules.get("decimal")
    return mod.Decimal if mod is not None else None


def _is_decimal(x):
    d = _decimal_type()
    return d is not None and isinstance(x, d)


# ---------------------------------------------------------------------------
# exact sums and type coercion

def _ratio(x):
    """(numerator, denominator) of x exactly; denominator None for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # A float or Decimal infinity or NaN.
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(t, s):
    """The type a mix of t and s values converts to (bool and int give way to anything)."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("can't convert type '%s' to '%s'" % (t.__name__, s.__name__))


def _sum(data):
    """(type, exact sum as a Fraction or a non-finite float, count) of the values."""
    count = 0
    kind = int
    partials = defaultdict(int)
    special = None
    for x in data:
        kind = _coerce(kind, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = x if special is None else special + x
        else:
            partials[d] += n
    if special is not None:
        total = special
    else:
        total = sum((Fraction(n, d) for d, n in partials.items()), Fraction(0))
    return kind, total, count


def _convert(value, kind):
    """value (a Fraction) as kind; ints become floats when value is not whole."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if _is_decimal_type(kind):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _is_decimal_type(kind):
    d = _decimal_type()
    return d is not None and issubclass(kind, d)


def _sum_squares(data, center=None):
    """(type, sum of squared deviations, mean, count), exactly."""
    if center is not None:
        kind, total, count = _sum((x - center) * (x - center) for x in data)
        return kind, total, center, count
    kind = int
    count = 0
    sx = defaultdict(int)
    sxx = defaultdict(int)
    special = None
    for x in data:
        kind = _coerce(kind, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = x if special is None else special + x
        else:
            sx[d] += n
            sxx[d] += n * n
    if not count:
        return kind, Fraction(0), Fraction(0), 0
    if special is not None:
        return kind, special, special, count
    total = sum((Fraction(n, d) for d, n in sx.items()), Fraction(0))
    total_sq = sum((Fraction(n, d * d) for d, n in sxx.items()), Fraction(0))
    ssd = (count * total_sq - total * total) / count
    return kind, ssd, total / count, count


def _isqrt_frac_round_odd(n, m):
    """floor(sqrt(n/m)), with the lowest bit set when the root is inexact."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def _sqrt_frac(n, m):
    """sqrt(n/m) correctly rounded to a float."""
    if n <= 0:
        if not n:
            return 0.0
        n, m = -n, -m
    # Enough extra bits that the round-to-odd root rounds once, correctly, to 53 bits.
    shift = n.bit_length() - m.bit_length() - 109
    if shift >= 0:
        return float(_isqrt_frac_round_odd(n, m << 2 * shift) << shift)
    return _isqrt_frac_round_odd(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt_frac(n, m, kind):
    if n <= 0:
        if not n:
            return kind("0.0")
        n, m = -n, -m
    root = (kind(n) / kind(m)).sqrt()
    return root


def _data_list(data):
    if iter(data) is data:
        data = list(data)
    return data


# ---------------------------------------------------------------------------
# averages

def mean(data):
    """Arithmetic mean, exact before the final conversion to the data's type."""
    kind, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, kind)


def fmean(data, weights=None):
    """Arithmetic mean in floating point (optionally weighted)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        count = len(weights)
    except TypeError:
        weights = list(weights)
        count = len(weights)
    data = list(data) if not hasattr(data, "__len__") else data
    if len(data) != count:
        raise StatisticsError("data and weights must be the same length")
    num = fsum(x * w for x, w in zip(data, weights))
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Geometric mean through the mean of the logarithms."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing "
                              "positive numbers") from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """Harmonic mean: the reciprocal of the mean of the reciprocals (optionally weighted)."""
    data = _data_list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real) or _is_decimal(x):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        total_weight = n
    else:
        weights = _data_list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        total_weight = _sum(_no_negatives(weights, message))[1]
    terms = []
    for w, x in zip(weights, _no_negatives(data, message)):
        if not x:
            # A zero value makes the harmonic mean zero, whatever its weight.
            return 0
        terms.append(w / x)
    kind, total, _ = _sum(terms)
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(total_weight / total, kind)


def median(data):
    """Middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data, by interpolation inside the median's class."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError("expected number but got %r" % (obj,))
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    first = data.index(x)
    last = first
    while last + 1 < n and data[last + 1] == x:
        last += 1
    return lower + interval * (n / 2 - first) / (last - first + 1)


def mode(data):
    """The most common value; the first one met among equally common ones."""
    counts = Counter(iter(data))
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = max(counts.values())
    for value, count in counts.items():
        if count == best:
            return value


def multimode(data):
    """Every most common value, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


def quantiles(data, *, n=4, method="exclusive"):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError("Unknown method: %r" % (method,))


# ---------------------------------------------------------------------------
# spread

def variance(data, xbar=None):
    """Sample variance (divided by n - 1)."""
    kind, ss, _, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), kind)


def pvariance(data, mu=None):
    """Population variance (divided by n)."""
    kind, ss, _, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, kind)


def _root(kind, ms):
    if _is_decimal_type(kind):
        return _decimal_sqrt_frac(ms.numerator, ms.denominator, kind)
    if not isinstance(ms, Fraction):
        return sqrt(ms)
    return _sqrt_frac(ms.numerator, ms.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    kind, ss, _, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _root(kind, ss / (n - 1))


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    kind, ss, _, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _root(kind, ss / n)


def _mean_stdev(data):
    kind, ss, xbar, n = _sum_squares(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    ms = ss / (n - 1)
    if not isinstance(ms, Fraction):
        return float(xbar), float(xbar) / float(ss)
    return float(xbar), _sqrt_frac(ms.numerator, ms.denominator)


# ---------------------------------------------------------------------------
# two variables

def _pair_sizes(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points"
                              % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return n


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = _pair_sizes(x, y, "covariance")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    n = _pair_sizes(x, y, "correlation")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line through the points."""
    n = _pair_sizes(x, y, "linear regression")
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


from _normal_dist import NormalDist, _normal_dist_inv_cdf  # noqa: E402  (needs the above)
