"""ISO 8601 parsing for datetime's fromisoformat methods: the forms CPython 3.11 accepts."""

from datetime import _from_iso_calendar, timedelta, timezone


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
