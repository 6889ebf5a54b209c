# A meeting planner across time zones with fixed dates: it converts a meeting time to each
# participant's zone, flags those outside working hours, and walks over DST transitions.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

TEAM = {
    "Ana": "Europe/Lisbon",
    "Bruno": "America/Sao_Paulo",
    "Chen": "Asia/Shanghai",
    "Dana": "America/New_York",
    "Eli": "Europe/Berlin",
    "Farah": "Asia/Kolkata",
    "Gus": "Australia/Sydney",
}


def plan(when_utc):
    print("meeting at", when_utc.isoformat())
    for name, key in TEAM.items():
        local = when_utc.astimezone(ZoneInfo(key))
        ok = 8 <= local.hour < 18 and local.weekday() < 5
        print("  %-6s %-20s %s %-5s %s %s" % (name, key, local.strftime("%a %H:%M"), local.tzname(),
                                               local.utcoffset(), "" if ok else "(outside hours)"))


plan(datetime(2024, 1, 15, 13, 0, tzinfo=timezone.utc))
plan(datetime(2024, 7, 15, 13, 0, tzinfo=timezone.utc))

# the same wall time in different seasons
berlin = ZoneInfo("Europe/Berlin")
for month in (1, 4, 7, 10, 12):
    dt = datetime(2023, month, 1, 12, 0, tzinfo=berlin)
    print(dt, dt.tzname(), dt.dst(), dt.utcoffset())

# the spring-forward gap and the fall-back overlap in New York
ny = ZoneInfo("America/New_York")
gap = datetime(2024, 3, 10, 2, 30, tzinfo=ny)
print("gap", gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.tzname(), gap.replace(fold=1).tzname())
overlap = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print("overlap", overlap.utcoffset(), overlap.replace(fold=1).utcoffset(), overlap.tzname(),
      overlap.replace(fold=1).tzname())
# walking across the transition in UTC gives fold=1 for the repeated hour
start = datetime(2024, 11, 3, 4, 0, tzinfo=timezone.utc)
for i in range(4):
    t = (start + timedelta(minutes=30 * i)).astimezone(ny)
    print(t.isoformat(), t.fold, t.tzname())
# arithmetic is wall-clock arithmetic; differences across zones use UTC
a = datetime(2024, 3, 9, 12, 0, tzinfo=ny)
b = a + timedelta(days=1)
print(b, b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc))
tokyo = datetime(2024, 3, 10, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
print(tokyo - b, tokyo.astimezone(ny))

# identity, repr, str, errors
print(ZoneInfo("Europe/Berlin") is berlin, ZoneInfo.no_cache("Europe/Berlin") is berlin)
print(repr(berlin), str(berlin), berlin.key)
for bad in ["Mars/Olympus_Mons", "/etc/localtime", "../secret"]:
    try:
        ZoneInfo(bad)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", e, isinstance(e, KeyError))
    except ValueError as e:
        print("ValueError", e)
zones = available_timezones()
print(all(k in zones for k in TEAM.values()), "UTC" in zones)
print(datetime(2024, 6, 1, tzinfo=ZoneInfo("UTC")).tzname(), ZoneInfo("UTC").utcoffset(None))
