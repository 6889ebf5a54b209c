"""The time-zone half of datetime: tzinfo, timezone, the ISO calendar date and the comparison
helpers time and datetime share (datetime imports them back)."""

import time as _time
from datetime import (MAXYEAR, MINYEAR, _DAYS_BEFORE, _format_offset, _from_ordinal, _is_leap, _order_fallback,
                      _ordinal, _qual, _type_name, timedelta)

datetime = None  # set by datetime once the class exists


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
