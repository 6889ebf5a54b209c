"""Dates, times, durations and fixed-offset time zones (the documented datetime API)."""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

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

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)):
            raise TypeError("an integer is required (got type %s)" % type(year).__name__)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # Constructors ---------------------------------------------------------
    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(_checked_timestamp(t))
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_date(text)
        if parsed is None or len(text) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    # Attributes -----------------------------------------------------------
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # Conversions ----------------------------------------------------------
    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3],
                                           _MONTH_NAMES[self._month][:3], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple(), 0, lambda: None, lambda: None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        if spec:
            return self.strftime(spec)
        return str(self)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self, "date"), self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # Comparisons and arithmetic -------------------------------------------
    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other, op):
        if isinstance(other, date) and not isinstance(self, datetime) \
                and not isinstance(other, datetime):
            return True
        if isinstance(other, date):
            if op in ("==", "!="):
                return False
            raise TypeError("can't compare %s to %s" % (_qual(other) if isinstance(other, datetime)
                                                        else _qual(self),
                                                        _qual(self) if isinstance(other, datetime)
                                                        else _qual(other)))
        return None

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        if isinstance(other, datetime):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return _date_order(self, other, "<")

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return _date_order(self, other, "<=")

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return _date_order(self, other, ">")

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return _date_order(self, other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(bytes((self._year >> 8, self._year & 255,
                                         self._month, self._day)))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n) if type(self) is date else date.fromordinal(n)
            raise OverflowError("date value out of range")
        return _no_op("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return _no_op("+", self, other, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _no_op("-", self, other)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _compare_keys(keys, op, what):
    # Times and datetimes compare by keys in UTC (or naive keys); None means one operand is
    # naive and the other aware: unequal, and not ordered.
    if keys is None:
        if op == "==":
            return False
        if op == "!=":
            return True
        raise TypeError("can't compare offset-naive and offset-aware " + what)
    a, b = keys
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def _compared_through_compare(cls):
    # The six rich comparisons of a class that implements them all in its _compare(other, op).
    def by(op):
        def method(self, other):
            return self._compare(other, op)
        return method

    for name, op in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="),
                     ("__gt__", ">"), ("__ge__", ">=")):
        method = by(op)
        method.__name__ = name
        method.__qualname__ = cls.__qualname__ + "." + name
        setattr(cls, name, method)
    return cls


def _date_order(a, b, op):
    if isinstance(b, datetime):
        raise TypeError("can't compare %s to %s" % (_qual(b), _qual(a)))
    return _order_fallback(a, b, op)


def _iso_week1_monday(year):
    first = _ordinal(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        long_year = False
        if week == 53:
            first_wd = _ordinal(year, 1, 1) % 7
            if first_wd == 4 or (first_wd == 3 and _is_leap(year)):
                long_year = True
        if not long_year:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _from_ordinal(n)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self, "IsoCalendarDate"),
                                                      self[0], self[1], self[2])


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ordinal(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE[m] + (1 if m > 2 and _is_leap(y) else 0) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _checked_timestamp(t):
    if isinstance(t, int):
        return t
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return t
    try:
        return float(t)
    except TypeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(t).__name__) from None


# ---------------------------------------------------------------------------
# tzinfo and timezone

_UTC = None


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        std = off - dst
        if std:
            dt += std
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        name = _type_name(self, "timezone")
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC = timezone.utc


# ---------------------------------------------------------------------------
# time

@_compared_through_compare
class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_time(text[1:] if text[:1] == "T" else text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*parsed)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def isoformat(self, timespec="auto"):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            text += _format_offset(off)
        return text

    __str__ = isoformat

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _wrap_strftime(self, fmt, tt, self._microsecond, self.utcoffset, self.tzname)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            text = "%d, %d" % (self._hour, self._minute)
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_type_name(self, "time"), text)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other):
        mine = self.utcoffset()
        theirs = other.utcoffset()
        a = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond
        b = ((other._hour * 60 + other._minute) * 60 + other._second) * _US_PER_SECOND \
            + other._microsecond
        if self._tzinfo is other._tzinfo or mine == theirs:
            return a, b
        if (mine is None) != (theirs is None):
            return None
        return a - mine._us(), b - theirs._us()

    def _compare(self, other, op):
        if not isinstance(other, time):
            if op in ("==", "!="):
                return NotImplemented
            return _order_fallback(self, other, op)
        return _compare_keys(self._key(other), op, "times")

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._microsecond
            if off is None:
                self._hashcode = hash(bytes((self._hour, self._minute, self._second,
                                             us >> 16, (us >> 8) & 255, us & 255)))
            else:
                total = timedelta(hours=self._hour, minutes=self._minute) - off
                h, m = divmod(total._us() // (60 * _US_PER_SECOND), 60)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, us))
                else:
                    self._hashcode = hash((h, m, self._second, us))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------
# datetime

@_compared_through_compare
class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # Constructors ---------------------------------------------------------
    @classmethod
    def _from_us_local(cls, us_since_epoch, tz, utc):
        secs, us = divmod(us_since_epoch, _US_PER_SECOND)
        if utc:
            tm = _time.gmtime(secs)
        else:
            tm = _time.localtime(secs)
        ss = min(tm.tm_sec, 59)
        result = cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        t = _checked_timestamp(t)
        if isinstance(t, float):
            n, d = t.as_integer_ratio()
            us = _round_half_even(n * _US_PER_SECOND, d)
        else:
            us = t * _US_PER_SECOND
        if tz is None:
            return cls._from_us_local(us, None, False)
        result = cls._from_us_local(us, tz, True)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        t = _checked_timestamp(t)
        if isinstance(t, float):
            n, d = t.as_integer_ratio()
            us = _round_half_even(n * _US_PER_SECOND, d)
        else:
            us = t * _US_PER_SECOND
        return cls._from_us_local(us, None, True)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_datetime(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @classmethod
    def strptime(cls, text, fmt):
        from _datetime_format import parse_datetime
        fields, tz = parse_datetime(text, fmt)
        return cls(*fields, tzinfo=tz)

    # Conversions ----------------------------------------------------------
    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def _local_us(self):
        """Microseconds since 0001-01-01T00:00 of the wall-clock fields."""
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * _US_PER_SECOND + self._microsecond

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def timestamp(self):
        if self._tzinfo is None:
            # Local wall time: ask the platform what instant it names.
            secs = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, -1, -1, -1))
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % type(tz).__name__)
        mine = self._tzinfo
        if mine is None:
            mine = self._local_timezone()
            off = mine.utcoffset(self)
        else:
            off = self.utcoffset()
            if off is None:
                mine = self.replace(tzinfo=None)._local_timezone()
                off = mine.utcoffset(self)
        if tz is mine:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self.timestamp()
        else:
            ts = (self - _EPOCH).total_seconds()
        tm = _time.localtime(int(_math.floor(ts)))
        off = getattr(tm, "tm_gmtoff", None)
        name = getattr(tm, "tm_zone", None)
        if off is None:
            off = -_time.timezone
            name = _time.tzname[0]
        return timezone(timedelta(seconds=off), name)

    def isoformat(self, sep="T", timespec="auto"):
        text = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                       _format_time(self._hour, self._minute, self._second,
                                                    self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            text += _format_offset(off)
        return text

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple(), self._microsecond,
                              self.utcoffset, self.tzname)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = ", ".join(str(f) for f in fields)
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_type_name(self, "datetime"), text)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # Comparisons and arithmetic -------------------------------------------
    def _pair(self, other):
        """Comparable microsecond counts of self and other, or None for naive against aware."""
        if self._tzinfo is other._tzinfo:
            return self._local_us(), other._local_us()
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            return self._local_us(), other._local_us()
        if (mine is None) != (theirs is None):
            return None
        return self._local_us() - mine._us(), other._local_us() - theirs._us()

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == "==":
                    return False
                if op == "!=":
                    return True
                raise TypeError("can't compare %s to %s" % (_qual(self), _qual(other)))
            if op in ("==", "!="):
                return NotImplemented
            return _order_fallback(self, other, op)
        return _compare_keys(self._pair(other), op, "datetimes")

    def __hash__(self):
        if self._hashcode == -1:
            off = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            if off is None:
                us = self._microsecond
                y = self._year
                self._hashcode = hash(bytes((y >> 8, y & 255, self._month, self._day,
                                             self._hour, self._minute, self._second,
                                             us >> 16, (us >> 8) & 255, us & 255)))
            else:
                delta = timedelta(self.toordinal(),
                                  self._hour * 3600 + self._minute * 60 + self._second,
                                  self._microsecond)
                self._hashcode = hash(delta - off)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _no_op("+", self, other)
        total = self._local_us() + other._us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rest, _US_PER_SECOND)
        mins, ss = divmod(secs, 60)
        hh, mm = divmod(mins, 60)
        y, m, d = _from_ordinal(days)
        return datetime(y, m, d, hh, mm, ss, us, self._tzinfo) if type(self) is datetime \
            else type(self).combine(_date_class(y, m, d),
                                    _time_class(hh, mm, ss, us, self._tzinfo))

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return _no_op("+", self, other, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return _no_op("-", self, other)
        a = self._local_us()
        b = other._local_us()
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                a -= mine._us()
                b -= theirs._us()
        return timedelta._from_us(a - b)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time
_PUBLIC = (date, datetime, time, timedelta, timezone, tzinfo)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------
# ISO 8601 parsing (the forms datetime.fromisoformat accepts in 3.11)

def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYY-Www-D, YYYYWww[D]; or None."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    dashed = rest[:1] == "-"
    if dashed:
        rest = rest[1:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        if week is None:
            return None
        tail = rest[3:]
        day = 1
        if tail:
            if dashed:
                if tail[:1] != "-":
                    return None
                tail = tail[1:]
            day = _digits(tail, 0, 1)
            if day is None or len(tail) != 1:
                return None
        if len(text) not in (7, 8, 9, 10):
            return None
        try:
            return _from_iso_calendar(year, week, day)
        except ValueError:
            return None
    month = _digits(rest, 0, 2)
    if month is None:
        return None
    rest = rest[2:]
    if dashed:
        if rest[:1] != "-":
            return None
        rest = rest[1:]
    day = _digits(rest, 0, 2)
    if day is None or len(rest) != 2:
        return None
    return year, month, day


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with optional offset."""
    tz = None
    for i, ch in enumerate(text):
        if ch in "+-Zz":
            body, tzpart = text[:i], text[i:]
            if tzpart in ("Z", "z"):
                tz = timezone.utc
            else:
                fields = _parse_clock(tzpart[1:])
                if fields is None:
                    return None
                hh, mm, ss, us = fields
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                if tzpart[0] == "-":
                    off = -off
                tz = timezone.utc if not off else timezone(off)
            break
    else:
        body = text
    fields = _parse_clock(body)
    if fields is None:
        return None
    return fields + (tz,)


def _parse_clock(text):
    if not text:
        return None
    colon = len(text) > 2 and text[2] == ":"
    pos = 0
    values = []
    while pos < len(text) and len(values) < 3:
        v = _digits(text, pos, 2)
        if v is None:
            return None
        values.append(v)
        pos += 2
        if pos < len(text) and len(values) < 3:
            if colon:
                if text[pos] != ":":
                    break
                pos += 1
            elif text[pos] in ".,":
                break
    us = 0
    if pos < len(text):
        if len(values) != 3 or text[pos] not in ".,":
            return None
        frac = text[pos + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            return None
        us = int((frac + "000000")[:6])
    while len(values) < 3:
        values.append(0)
    hh, mm, ss = values
    return hh, mm, ss, us


def _parse_iso_datetime(text):
    if len(text) < 7:
        return None
    # The date part is 7, 8 or 10 characters; the separator may be any single character.
    for size in (10, 8, 7):
        dpart = _parse_iso_date(text[:size])
        if dpart is None:
            continue
        rest = text[size:]
        if not rest:
            return dpart
        tpart = _parse_iso_time(rest[1:])
        if tpart is None:
            return None
        hh, mm, ss, us, tz = tpart
        if hh == 24 and mm == ss == us == 0:
            return None
        return dpart + (hh, mm, ss, us, tz)
    return None
