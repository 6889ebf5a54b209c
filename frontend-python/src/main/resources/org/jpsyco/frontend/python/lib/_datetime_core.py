"""The base of datetime: calendar arithmetic, argument checks, comparison and formatting
helpers, and timedelta. datetime imports them all back; the few classes these helpers name
and that datetime defines later are filled in by datetime once they exist."""

_PUBLIC = ()
date = tzinfo = None  # set by datetime once its classes exist


MINYEAR = 1
MAXYEAR = 9999

# Days in each month of a common year; index 0 unused.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = [0, 0]
for _m in range(2, 14):
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _MONTH_DAYS[_m - 1])
del _m

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999
_MAX_ORDINAL = 3652059


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_length(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _MONTH_DAYS[m]


def _ordinal(y, m, d):
    """Day number counted from 0001-01-01 as day 1 (the proleptic Gregorian calendar)."""
    p = y - 1
    days = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE[m] + d
    if m > 2 and _is_leap(y):
        days += 1
    return days


def _from_ordinal(n):
    """(year, month, day) of day number n."""
    n -= 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years1, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years1 + 1
    if years1 == 4 or cycles100 == 4:
        # The last day of a leap cycle: December 31 of the year before.
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= _MONTH_DAYS[month] + (1 if month == 2 and leap else 0)
    return year, month, n - before + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        idx = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return idx(value)


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj, default):
    t = type(obj)
    if t.__module__ == "datetime" and t.__name__ == default:
        return "datetime." + default
    return t.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


_PLAIN = (int, float, str, bytes, list, tuple, dict, set, frozenset, complex, type(None), bool)


def _cmp_error(op, a, b):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (op, _qual(a), _qual(b)))


def _qual(o):
    t = type(o)
    if t.__module__ == "datetime" and t in _PUBLIC:
        return "datetime." + t.__name__
    return t.__name__


def _no_op(op, a, b, reflected=False):
    """NotImplemented, or CPython's TypeError when b is a built-in type that cannot help."""
    if isinstance(b, _PLAIN) or isinstance(b, _PUBLIC):
        left, right = (b, a) if reflected else (a, b)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, _qual(left), _qual(right)))
    return NotImplemented


# ---------------------------------------------------------------------------
# timedelta

def _round_half_even(num, den):
    """num/den rounded to the nearest integer, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _exact(value, what):
    """The exact value of an int or float argument as (numerator, denominator)."""
    if isinstance(value, int):
        return int(value), 1
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("cannot convert float %s to integer" % value)
        return value.as_integer_ratio()
    try:
        ratio = value.as_integer_ratio
    except AttributeError:
        raise TypeError("unsupported type for timedelta %s component: %s"
                        % (what, type(value).__name__)) from None
    return ratio()


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        num = 0
        den = 1
        for value, scale, what in ((days, _US_PER_DAY, "days"),
                                   (seconds, _US_PER_SECOND, "seconds"),
                                   (microseconds, 1, "microseconds"),
                                   (milliseconds, 1000, "milliseconds"),
                                   (minutes, 60 * _US_PER_SECOND, "minutes"),
                                   (hours, 3600 * _US_PER_SECOND, "hours"),
                                   (weeks, 7 * _US_PER_DAY, "weeks")):
            if value == 0 and isinstance(value, int):
                continue
            n, d = _exact(value, what)
            num = num * d + n * scale * den
            den *= d
        return cls._from_us(_round_half_even(num, den) if den != 1 else num, cls)

    @staticmethod
    def _from_us(us, cls=None):
        days, rest = divmod(us, _US_PER_DAY)
        if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls if cls is not None else timedelta)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self, "timedelta"), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        if isinstance(other, date):
            return NotImplemented
        return _no_op("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return _no_op("+", self, other, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return _no_op("-", self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        if isinstance(other, date):
            return NotImplemented
        return _no_op("-", self, other, True)

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(self._us() * (1 if other > 0 else -1),
                                                       abs(other)))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("division by zero")
            if n < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return _order_fallback(self, other, "<")

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return _order_fallback(self, other, "<=")

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return _order_fallback(self, other, ">")

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return _order_fallback(self, other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _order_fallback(a, b, op):
    # CPython's types are built in, so the message names them with the module.
    if isinstance(b, _PLAIN):
        _cmp_error(op, a, b)
    return NotImplemented


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------
# formatting helpers

def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off._us() < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off._us(), 3600 * _US_PER_SECOND)
    mm, rest = divmod(rest, 60 * _US_PER_SECOND)
    ss, us = divmod(rest, _US_PER_SECOND)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        text += "%s%02d" % (sep, ss)
        if us:
            text += ".%06d" % us
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (off,))
    return off


def _wrap_strftime(obj, fmt, tt, us, offset_of, tzname_of):
    """strftime for the datetime types: the directives CPython passes to the C library."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    from _datetime_format import format_struct
    return format_struct(fmt, tt, us, offset_of, tzname_of)


# ---------------------------------------------------------------------------
# date
