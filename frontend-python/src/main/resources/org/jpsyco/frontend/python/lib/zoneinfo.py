"""IANA time zones for datetime, from the time zone database the Java runtime ships.

`ZoneInfo(key)` is a `datetime.tzinfo` for a zone such as 'Europe/Paris': `utcoffset`,
`dst` and `tzname` follow the zone's rules at each wall-clock time (with `fold` choosing
between the two readings of a repeated hour, and the offset before or after a skipped one),
and `fromutc` (used by `astimezone`) sets `fold` on the second of two equal wall times.
The JDK's database may differ from a system's tzdata in the newest rule changes and in some
abbreviations. `from_file` is not supported: there are no TZif files to read.
"""

import os as _os
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

import _jpsyco_zoneinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
TZPATH = _DEFAULT_TZPATH


class ZoneInfoNotFoundError(KeyError):
    """No time zone has the requested key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH was ignored."""


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        TZPATH = _DEFAULT_TZPATH
        return
    if isinstance(to, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
    for path in to:
        if not _os.path.isabs(path):
            raise ValueError("Invalid paths specified in tzpath: %s" % [p for p in to if not _os.path.isabs(p)])
    TZPATH = tuple(to)


def available_timezones():
    """The set of keys ZoneInfo accepts."""
    return {k for k in _jpsyco_zoneinfo.available() if "/" in k or k.isalpha() or k in ("UTC", "GMT")}


def _validate_key(key):
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(key).__name__)
    if _os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    normal = _os.path.normpath(key)
    if normal.startswith(".."):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)
    if len(normal) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)


_EPOCH = _datetime(1970, 1, 1)
_SECOND = _timedelta(seconds=1)


class ZoneInfo(_tzinfo):
    _strong_cache = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._strong_cache = {}

    def __new__(cls, key):
        cache = cls.__dict__.get("_strong_cache")
        if cache is None:
            cache = cls._strong_cache = {}
        inst = cache.get(key)
        if inst is None:
            inst = cache[key] = cls._new_instance(key)
            inst._from_cache = True
        return inst

    @classmethod
    def no_cache(cls, key):
        inst = cls._new_instance(key)
        inst._from_cache = False
        return inst

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        cache = cls.__dict__.get("_strong_cache")
        if cache is None:
            return
        if only_keys is None:
            cache.clear()
        else:
            for key in only_keys:
                cache.pop(key, None)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise NotImplementedError("ZoneInfo.from_file: jpsyco reads zones from the Java runtime, not TZif files")

    @classmethod
    def _new_instance(cls, key):
        _validate_key(key)
        if not _jpsyco_zoneinfo.exists(key):
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        inst = object.__new__(cls)
        inst._key = key
        return inst

    @property
    def key(self):
        return self._key

    def _state(self, dt):
        return _jpsyco_zoneinfo.local(self._key, dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                                      dt.fold)

    def utcoffset(self, dt):
        if dt is None:
            fixed = _jpsyco_zoneinfo.fixed(self._key)
            return None if fixed is None else _timedelta(seconds=fixed[0])
        return _timedelta(seconds=self._state(dt)[0])

    def dst(self, dt):
        if dt is None:
            fixed = _jpsyco_zoneinfo.fixed(self._key)
            return None if fixed is None else _timedelta(seconds=fixed[1])
        return _timedelta(seconds=self._state(dt)[1])

    def tzname(self, dt):
        if dt is None:
            fixed = _jpsyco_zoneinfo.fixed(self._key)
            return None if fixed is None else fixed[2]
        return self._state(dt)[2]

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        seconds = (dt.replace(tzinfo=None) - _EPOCH) // _SECOND
        offset, _dst, _name, fold = _jpsyco_zoneinfo.fromutc(self._key, seconds)
        local = dt + _timedelta(seconds=offset)
        return local.replace(fold=fold) if fold else local

    def __str__(self):
        return str(self._key)

    def __repr__(self):
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        return "%s(key=%r)" % (name, self._key)

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)


ZoneInfo._strong_cache = {}
