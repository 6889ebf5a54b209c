package org.jpsyco.frontend.python.modules;

/**
 * The calendar half of {@code time}, written in Python over the Java clocks: struct_time,
 * gmtime, localtime, mktime, asctime, ctime, strftime and strptime. Dates are proleptic
 * Gregorian; the local zone's offset comes from the JVM ({@code _utcoffset}).
 */
final class TimeSource {
    private TimeSource() {
    }

    static final String SOURCE = """
            def _settime(clk_id, ns):
                import os, struct
                sec, nsec = divmod(ns, 10**9)
                r = os._ccall('clock_settime', 'i:ib', clk_id, struct.pack('<qq', sec, nsec))
                if r[0] == -1:
                    raise OSError(r[1], os.strerror(r[1]))

            def clock_settime(clk_id, time, /):
                from operator import index
                if isinstance(time, float):
                    import math
                    _settime(index(clk_id), math.floor(time * 1e9))
                else:
                    _settime(index(clk_id), index(time) * 10**9)

            def clock_settime_ns(clk_id, time, /):
                from operator import index
                if not isinstance(time, int):
                    raise TypeError('expect int, got ' + type(time).__name__)
                _settime(index(clk_id), int(time))

            _FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
            _DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
            _MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                       'October', 'November', 'December')

            class struct_time(tuple):
                def __new__(cls, seq, zone=None):
                    seq = tuple(seq)
                    if len(seq) != 9:
                        raise TypeError('time.struct_time() takes a 9-sequence (%d-sequence given)' % len(seq))
                    self = tuple.__new__(cls, seq)
                    self._zone = zone
                    return self
                def __repr__(self):
                    return 'time.struct_time(' + ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self)) + ')'
                __str__ = __repr__
                def __reduce__(self):
                    return (struct_time, (tuple(self),))
                n_fields = 11
                n_sequence_fields = 9
                n_unnamed_fields = 0
                tm_year = property(lambda self: self[0])
                tm_mon = property(lambda self: self[1])
                tm_mday = property(lambda self: self[2])
                tm_hour = property(lambda self: self[3])
                tm_min = property(lambda self: self[4])
                tm_sec = property(lambda self: self[5])
                tm_wday = property(lambda self: self[6])
                tm_yday = property(lambda self: self[7])
                tm_isdst = property(lambda self: self[8])
                tm_zone = property(lambda self: self._zone)

            def _leap(y):
                return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

            def _days_before_month(y, m):
                return (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[m - 1] + (m > 2 and _leap(y))

            def _days_from_civil(y, m, d):
                # days since 1970-01-01 of a proleptic Gregorian date
                y1 = y - 1
                return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _days_before_month(y, m) + d - 719163

            def _civil_from_days(n):
                # inverse of _days_from_civil, through 400-, 100-, 4- and 1-year cycles
                n += 719162
                n400, n = divmod(n, 146097)
                n100 = min(n // 36524, 3)
                n -= n100 * 36524
                n4, n = divmod(n, 1461)
                n1 = min(n // 365, 3)
                n -= n1 * 365
                y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
                m = 1
                while m < 12 and n >= _days_before_month(y, m + 1):
                    m += 1
                return y, m, n - _days_before_month(y, m) + 1

            def _seconds(secs):
                if secs is None:
                    return int(time())
                if isinstance(secs, float):
                    if secs != secs:
                        raise ValueError('Invalid value NaN (not a number)')
                    return int(secs // 1)
                if not isinstance(secs, int):
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
                return secs

            def _struct(secs, isdst, zone):
                days, rem = divmod(secs, 86400)
                y, m, d = _civil_from_days(days)
                return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7,
                                    _days_before_month(y, m) + d, isdst), zone)

            def gmtime(secs=None):
                return _struct(_seconds(secs), 0, 'UTC')

            def localtime(secs=None):
                s = _seconds(secs)
                return _struct(s + _utcoffset(s), 0, None)

            def _tuple(t, fname):
                if t is None:
                    return localtime()
                t = tuple(t)
                if len(t) != 9:
                    raise TypeError('%s(): illegal time tuple argument' % fname)
                return t

            def mktime(t):
                t = _tuple(t, 'mktime')
                s = _days_from_civil(t[0], t[1], t[2]) * 86400 + t[3] * 3600 + t[4] * 60 + t[5]
                return float(s - _utcoffset(s))

            def asctime(t=None):
                t = _tuple(t, 'asctime')
                return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4],
                                                        t[5], t[0])

            def ctime(secs=None):
                return asctime(localtime(secs))

            def strftime(fmt, t=None):
                t = _tuple(t, 'strftime')
                y, mo, d, h, mi, s, wd, yd = t[:8]
                out = []
                i = 0
                while i < len(fmt):
                    c = fmt[i]
                    if c != '%' or i + 1 == len(fmt):
                        out.append(c)
                        i += 1
                        continue
                    f = fmt[i + 1]
                    i += 2
                    if f == 'Y': out.append(str(y))
                    elif f == 'm': out.append('%02d' % mo)
                    elif f == 'd': out.append('%02d' % d)
                    elif f == 'e': out.append('%2d' % d)
                    elif f == 'H': out.append('%02d' % h)
                    elif f == 'M': out.append('%02d' % mi)
                    elif f == 'S': out.append('%02d' % s)
                    elif f == 'y': out.append('%02d' % (y % 100))
                    elif f == 'j': out.append('%03d' % yd)
                    elif f == 'a': out.append(_DAYS[wd][:3])
                    elif f == 'A': out.append(_DAYS[wd])
                    elif f == 'b' or f == 'h': out.append(_MONTHS[mo - 1][:3])
                    elif f == 'B': out.append(_MONTHS[mo - 1])
                    elif f == 'p': out.append('AM' if h < 12 else 'PM')
                    elif f == 'I': out.append('%02d' % (h % 12 or 12))
                    elif f == 'w': out.append(str((wd + 1) % 7))
                    elif f == 'u': out.append(str(wd + 1))
                    elif f == 'c': out.append(asctime(t))
                    elif f == 'x': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
                    elif f == 'X' or f == 'T': out.append('%02d:%02d:%02d' % (h, mi, s))
                    elif f == 'D': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
                    elif f == 'F': out.append('%d-%02d-%02d' % (y, mo, d))
                    elif f == 'R': out.append('%02d:%02d' % (h, mi))
                    elif f == 'n': out.append('\\n')
                    elif f == 't': out.append('\\t')
                    elif f == '%': out.append('%')
                    else: out.append('%' + f)
                return ''.join(out)

            _PATTERNS = {'Y': r'(?P<Y>\\d{4})', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'd': r'(?P<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
                         'H': r'(?P<H>2[0-3]|[0-1]\\d|\\d)', 'M': r'(?P<M>[0-5]\\d|\\d)', 'S': r'(?P<S>6[0-1]|[0-5]\\d|\\d)',
                         'y': r'(?P<y>\\d\\d)', 'j': r'(?P<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
                         'b': r'(?P<b>[A-Za-z]{3,9})', 'B': r'(?P<B>[A-Za-z]{3,9})', 'a': r'(?P<a>[A-Za-z]{3,9})',
                         'A': r'(?P<A>[A-Za-z]{3,9})', 'p': r'(?P<p>AM|PM|am|pm)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
                         '%': '%'}

            def strptime(string, format='%a %b %d %H:%M:%S %Y'):
                import re
                if not isinstance(string, str):
                    raise TypeError('strptime() argument 0 must be str, not %s' % type(string).__name__)
                pat = []
                i = 0
                while i < len(format):
                    c = format[i]
                    if c == '%' and i + 1 < len(format):
                        f = format[i + 1]
                        if f not in _PATTERNS:
                            raise ValueError("'%s' is a bad directive in format '%s'" % (f, format))
                        pat.append(_PATTERNS[f])
                        i += 2
                    elif c.isspace():
                        pat.append(r'\\s+')
                        i += 1
                    else:
                        pat.append(re.escape(c))
                        i += 1
                m = re.match(''.join(pat), string, re.IGNORECASE)
                if not m or m.end() != len(string):
                    if m:
                        raise ValueError('unconverted data remains: %s' % string[m.end():])
                    raise ValueError("time data %r does not match format %r" % (string, format))
                g = m.groupdict()
                y = int(g['Y']) if g.get('Y') else (int(g['y']) + (2000 if int(g['y']) < 69 else 1900) if g.get('y') else 1900)
                mo, d = 1, 1
                if g.get('m'):
                    mo = int(g['m'])
                for key in ('b', 'B'):
                    if g.get(key):
                        names = [n.lower() for n in _MONTHS]
                        v = g[key].lower()
                        mo = ([n[:3] for n in names].index(v) if len(v) == 3 else names.index(v)) + 1
                if g.get('d'):
                    d = int(g['d'])
                h = int(g['H']) if g.get('H') else 0
                if g.get('I'):
                    h = int(g['I']) % 12 + (12 if (g.get('p') or '').upper() == 'PM' else 0)
                mi = int(g['M']) if g.get('M') else 0
                s = int(g['S']) if g.get('S') else 0
                if g.get('j') and not g.get('m') and not g.get('d'):
                    yd = int(g['j'])
                    mo = 1
                    while mo < 12 and yd > _days_before_month(y, mo + 1):
                        mo += 1
                    d = yd - _days_before_month(y, mo)
                days = _days_from_civil(y, mo, d)
                return struct_time((y, mo, d, h, mi, s, (days + 3) % 7, _days_before_month(y, mo) + d, -1))

            # local time is UTC in this runtime (see timezone, altzone, daylight)
            tzname = ('UTC', 'UTC')

            def tzset():
                pass

            CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID = 0, 1, 2, 3
            CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME, CLOCK_TAI = 4, 7, 11
            _CLOCKS = {0: time_ns, 1: monotonic_ns, 2: process_time_ns, 3: thread_time_ns, 4: monotonic_ns,
                       7: monotonic_ns, 11: time_ns}

            def _clock(clk_id):
                if not isinstance(clk_id, int):
                    raise TypeError("'%s' object cannot be interpreted as an integer" % type(clk_id).__name__)
                f = _CLOCKS.get(clk_id)
                if f is None:
                    raise OSError(22, 'Invalid argument')
                return f

            def clock_gettime_ns(clk_id, /):
                return _clock(clk_id)()

            def clock_gettime(clk_id, /):
                return _clock(clk_id)() / 1e9

            def clock_getres(clk_id, /):
                _clock(clk_id)
                return 1e-09

            _CLOCK_INFO = {
                'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
                'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
                'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
                'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
                'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
            }

            def get_clock_info(name, /):
                info = _CLOCK_INFO.get(name)
                if info is None:
                    raise ValueError('unknown clock')
                import types
                return types.SimpleNamespace(implementation=info[0], monotonic=info[1], adjustable=info[2],
                                             resolution=1e-09)

            for _f in (tzset, clock_gettime_ns, clock_gettime, clock_getres, get_clock_info):
                _f.__module__ = 'time'
            del _f
            """;
}
