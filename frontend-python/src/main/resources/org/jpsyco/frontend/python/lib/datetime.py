"""Dates, times, durations and fixed-offset time zones (the documented datetime API)."""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

import _datetime_core
from _datetime_core import (  # calendar helpers and timedelta, in their own file
    MINYEAR, MAXYEAR, _MONTH_DAYS, _DAYS_BEFORE, _DAY_NAMES, _MONTH_NAMES, _US_PER_SECOND, _US_PER_DAY,
    _MAX_DELTA_DAYS, _MAX_ORDINAL, _is_leap, _month_length, _ordinal, _from_ordinal, _index,
    _check_date, _check_time, _check_tzinfo, _type_name, _cmp, _PLAIN, _cmp_error, _qual, _no_op,
    _round_half_even, _exact, timedelta, _order_fallback, _format_offset, _format_time, _check_offset,
    _wrap_strftime)
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


import _datetime_zone  # noqa: E402
from _datetime_zone import (  # noqa: E402  (tzinfo, timezone and shared comparisons, in their own file)
    _compare_keys, _compared_through_compare, _date_order, _iso_week1_monday, _from_iso_calendar,
    IsoCalendarDate, _struct_time, _checked_timestamp, _UTC, tzinfo, timezone, UTC)


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
# the helper modules name classes defined here; they are theirs now
_datetime_core._PUBLIC, _datetime_core.date, _datetime_core.tzinfo = _PUBLIC, date, tzinfo
_datetime_zone.datetime = datetime
for _cls in (timedelta, tzinfo, timezone, IsoCalendarDate):
    _cls.__module__ = "datetime"
del _cls

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


from _datetime_iso import (  # noqa: E402  (the ISO 8601 parsers, in their own file)
    _digits, _parse_iso_date, _parse_iso_time, _parse_clock, _parse_iso_datetime)
