"""strftime and strptime for the datetime types, in the C/POSIX locale.

format_struct follows the directives of the C library CPython calls on Linux (with %f, %z
and %Z done by datetime itself); parse_datetime turns a format into a regular expression
the way the documentation describes strptime's directives.
"""

import re as _re

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _offset_text(off, colons=False):
    if off is None:
        return ""
    us = (off.days * 86400 + off.seconds) * 1000000 + off.microseconds
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hh, us = divmod(us, 3600000000)
    mm, us = divmod(us, 60000000)
    ss, us = divmod(us, 1000000)
    sep = ":" if colons else ""
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        text += "%s%02d" % (sep, ss)
        if us:
            text += ".%06d" % us
    return text


def _iso_year_week(tt):
    """ISO (year, week, weekday) of a struct_time."""
    import datetime
    iso = datetime.date(tt.tm_year, tt.tm_mon, tt.tm_mday).isocalendar()
    return iso[0], iso[1], iso[2]


def format_struct(fmt, tt, us, offset_of, tzname_of):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        j = i + 1
        flag = ""
        if fmt[j] in "-_0^#" and j + 1 < n:
            flag = fmt[j]
            j += 1
        d = fmt[j]
        text = _directive(d, tt, us, offset_of, tzname_of)
        if text is None:
            out.append(fmt[i:j + 1])
        else:
            if flag == "-" and d in "dmHIMSjyUWVeklCgG":
                text = text.lstrip("0 ") or "0"
            elif flag == "_" and text[:1] == "0" and len(text) > 1:
                text = " " + text[1:]
            elif flag == "^":
                text = text.upper()
            out.append(text)
        i = j + 1
    return "".join(out)


def _directive(d, tt, us, offset_of, tzname_of):
    wday = tt.tm_wday
    if d == "a":
        return _DAYS[wday][:3]
    if d == "A":
        return _DAYS[wday]
    if d in "bh":
        return _MONTHS[tt.tm_mon - 1][:3]
    if d == "B":
        return _MONTHS[tt.tm_mon - 1]
    if d == "c":
        return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wday][:3], _MONTHS[tt.tm_mon - 1][:3],
                                                tt.tm_mday, tt.tm_hour, tt.tm_min, tt.tm_sec,
                                                tt.tm_year)
    if d == "C":
        return "%02d" % (tt.tm_year // 100)
    if d == "d":
        return "%02d" % tt.tm_mday
    if d == "D":
        return "%02d/%02d/%02d" % (tt.tm_mon, tt.tm_mday, tt.tm_year % 100)
    if d == "e":
        return "%2d" % tt.tm_mday
    if d == "f":
        return "%06d" % us
    if d == "F":
        return "%d-%02d-%02d" % (tt.tm_year, tt.tm_mon, tt.tm_mday)
    if d == "H":
        return "%02d" % tt.tm_hour
    if d == "I":
        return "%02d" % ((tt.tm_hour + 11) % 12 + 1)
    if d == "j":
        return "%03d" % tt.tm_yday
    if d == "k":
        return "%2d" % tt.tm_hour
    if d == "l":
        return "%2d" % ((tt.tm_hour + 11) % 12 + 1)
    if d == "m":
        return "%02d" % tt.tm_mon
    if d == "M":
        return "%02d" % tt.tm_min
    if d == "n":
        return "\n"
    if d == "t":
        return "\t"
    if d == "p":
        return "AM" if tt.tm_hour < 12 else "PM"
    if d == "P":
        return "am" if tt.tm_hour < 12 else "pm"
    if d == "r":
        return "%02d:%02d:%02d %s" % ((tt.tm_hour + 11) % 12 + 1, tt.tm_min, tt.tm_sec,
                                      "AM" if tt.tm_hour < 12 else "PM")
    if d == "R":
        return "%02d:%02d" % (tt.tm_hour, tt.tm_min)
    if d == "S":
        return "%02d" % tt.tm_sec
    if d == "T":
        return "%02d:%02d:%02d" % (tt.tm_hour, tt.tm_min, tt.tm_sec)
    if d == "u":
        return str(wday + 1)
    if d == "w":
        return str((wday + 1) % 7)
    if d == "U":
        return "%02d" % ((tt.tm_yday - 1 + 7 - (wday + 1) % 7) // 7)
    if d == "W":
        return "%02d" % ((tt.tm_yday - 1 + 7 - wday) // 7)
    if d == "V":
        return "%02d" % _iso_year_week(tt)[1]
    if d == "G":
        return str(_iso_year_week(tt)[0])
    if d == "g":
        return "%02d" % (_iso_year_week(tt)[0] % 100)
    if d == "x":
        return "%02d/%02d/%02d" % (tt.tm_mon, tt.tm_mday, tt.tm_year % 100)
    if d == "X":
        return "%02d:%02d:%02d" % (tt.tm_hour, tt.tm_min, tt.tm_sec)
    if d == "y":
        return "%02d" % (tt.tm_year % 100)
    if d == "Y":
        return str(tt.tm_year)
    if d == "z":
        return _offset_text(offset_of())
    if d == "Z":
        name = tzname_of()
        return "" if name is None else name.replace("%", "%%")
    if d == "%":
        return "%"
    return None


# ---------------------------------------------------------------------------
# strptime

_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)",
    "A": "(?P<A>" + "|".join(_DAYS) + ")",
    "a": "(?P<a>" + "|".join(d[:3] for d in _DAYS) + ")",
    "B": "(?P<B>" + "|".join(_MONTHS) + ")",
    "b": "(?P<b>" + "|".join(m[:3] for m in _MONTHS) + ")",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_COMPOSED = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
             "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d"}
_PATTERNS["W"] = _PATTERNS["U"].replace("<U>", "<W>")
_PATTERNS["h"] = _PATTERNS["b"]
_CACHE = {}


def _expand(fmt, seen):
    parts = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d in _COMPOSED:
                parts.append(_expand(_COMPOSED[d], seen))
            elif d in _PATTERNS:
                pat = _PATTERNS[d]
                if d != "%":
                    group = pat[4:5] if pat.startswith("(?P<") else d
                    if group in seen:
                        # A directive used twice must match the same text again.
                        pat = "(?P=%s)" % group
                    seen.add(group)
                parts.append(pat)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        elif ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            parts.append(r"\s+")
        else:
            parts.append(_re.escape(ch))
            i += 1
    return "".join(parts)


def _compile(fmt):
    rx = _CACHE.get(fmt)
    if rx is None:
        rx = _re.compile(_expand(fmt, set()), _re.IGNORECASE)
        _CACHE[fmt] = rx
    return rx


def parse_datetime(text, fmt):
    """((year, month, day, hour, minute, second, microsecond), tzinfo or None) of text."""
    for value, pos in ((text, 1), (fmt, 2)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (pos, type(value).__name__))
    found = _compile(fmt).match(text)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if len(text) != found.end():
        raise ValueError("unconverted data remains: %s" % text[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    weekday = None
    julian = None
    week_of_year = None
    week_starts_monday = True
    iso_year = iso_week = None
    if g.get("Y") is not None:
        year = int(g["Y"])
    elif g.get("y") is not None:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if g.get("G") is not None:
        iso_year = int(g["G"])
    if g.get("m") is not None:
        month = int(g["m"])
    for key, names in (("B", _MONTHS), ("b", [m[:3] for m in _MONTHS])):
        if g.get(key) is not None:
            month = [n.lower() for n in names].index(g[key].lower()) + 1
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour = int(g["I"])
        ampm = (g.get("p") or "").lower()
        if ampm == "pm":
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        us = int((g["f"] + "000000")[:6])
    for key, names in (("A", _DAYS), ("a", [d[:3] for d in _DAYS])):
        if g.get(key) is not None:
            weekday = [n.lower() for n in names].index(g[key].lower())
    if g.get("w") is not None:
        weekday = (int(g["w"]) - 1) % 7
    if g.get("u") is not None:
        weekday = int(g["u"]) - 1
    if g.get("j") is not None:
        julian = int(g["j"])
    if g.get("U") is not None:
        week_of_year = int(g["U"])
        week_starts_monday = False
    if g.get("W") is not None:
        week_of_year = int(g["W"])
    if g.get("V") is not None:
        iso_week = int(g["V"])
    if g.get("z") is not None:
        tz = _parse_offset(g["z"])
    import datetime
    if iso_year is not None or iso_week is not None:
        if iso_year is None or iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        d = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
        year, month, day = d.year, d.month, d.day
    if year is None:
        year = 1900
    if julian is None and week_of_year is not None and weekday is not None:
        first = datetime.date(year, 1, 1).weekday()
        if not week_starts_monday:
            first = (first + 1) % 7
            weekday = (weekday + 1) % 7
        week0 = (7 - first) % 7
        if week_of_year == 0:
            julian = 1 + weekday - first
        else:
            julian = week0 + 7 * (week_of_year - 1) + weekday + 1
    if julian is not None:
        d = datetime.date.fromordinal(datetime.date(year, 1, 1).toordinal() + julian - 1)
        year, month, day = d.year, d.month, d.day
    return (year, month, day, hour, minute, second, us), tz


def _parse_offset(z):
    import datetime
    if z in ("Z", "z"):
        return datetime.timezone.utc
    sign = -1 if z[0] == "-" else 1
    body = z[1:].replace(":", "")
    hh = int(body[0:2])
    mm = int(body[2:4])
    ss = int(body[4:6]) if len(body) >= 6 else 0
    frac = body[7:] if len(body) > 6 else ""
    us = int((frac + "000000")[:6]) if frac else 0
    off = datetime.timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    return datetime.timezone(sign * off)
