"""A project schedule report: working days, milestones, ISO weeks, durations and time zones."""
from datetime import date, datetime, time, timedelta, timezone
import calendar

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 9, 2),
            date(2024, 11, 28), date(2024, 12, 25)}


def working_days(start, end):
    day = start
    while day <= end:
        if day.weekday() < 5 and day not in HOLIDAYS:
            yield day
        day += timedelta(days=1)


def add_working_days(start, count):
    day = start
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in HOLIDAYS:
            count -= 1
    return day


start = date(2024, 6, 24)
milestones = [("Design", 10), ("Build", 25), ("Test", 12), ("Release", 3)]
print(f"Project starts {start:%A, %B %d, %Y} (ISO week {start.isocalendar().week})")
current = start
for name, days in milestones:
    finish = add_working_days(current, days)
    span = finish - current
    year, week, weekday = finish.isocalendar()
    print(f"  {name:<8} {current.isoformat()} -> {finish.isoformat()}  "
          f"{days:3} working days, {span.days:3} calendar days, ends W{week:02d}-{weekday}")
    current = finish

print("Working days in Q3:", sum(1 for _ in working_days(date(2024, 7, 1), date(2024, 9, 30))))
by_month = {}
for day in working_days(date(2024, 1, 1), date(2024, 12, 31)):
    by_month[day.month] = by_month.get(day.month, 0) + 1
print(" ".join(f"{calendar.month_abbr[m]}={n}" for m, n in sorted(by_month.items())))

# Durations
shifts = [("08:30", "12:15"), ("13:00", "17:45"), ("22:00", "06:30")]
total = timedelta()
for begin, end in shifts:
    t0 = datetime.combine(date(2024, 3, 1), time.fromisoformat(begin))
    t1 = datetime.combine(date(2024, 3, 1), time.fromisoformat(end))
    if t1 <= t0:
        t1 += timedelta(days=1)
    total += t1 - t0
    print(f"shift {begin}-{end}: {t1 - t0}  ({(t1 - t0).total_seconds() / 3600:.2f} h)")
print("total:", total, "average:", total / len(shifts), "repr:", repr(total))
print("negative:", -total, repr(timedelta(hours=-1, minutes=30)), abs(timedelta(days=-2, seconds=5)))

# Ages and anniversaries
def age_on(birthday, day):
    years = day.year - birthday.year
    if (day.month, day.day) < (birthday.month, birthday.day):
        years -= 1
    return years

people = {"Ada": date(1990, 2, 28), "Bo": date(2000, 2, 29), "Cy": date(1985, 12, 31)}
today = date(2024, 2, 28)
for name, born in people.items():
    print(f"{name}: born {born:%d %b %Y}, age {age_on(born, today)}, "
          f"{(today - born).days} days old, born on a {born:%A}")

# Time zones with fixed offsets
meeting = datetime(2024, 3, 10, 15, 30, tzinfo=timezone.utc)
zones = [timezone(timedelta(hours=-5), "EST"), timezone(timedelta(hours=1), "CET"),
         timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=9), "JST")]
for tz in zones:
    local = meeting.astimezone(tz)
    print(f"{str(tz):>10}: {local:%Y-%m-%d %H:%M %z} {local.tzname()} {local.isoformat()}")
print(meeting.timestamp(), datetime.fromtimestamp(1710084600, timezone.utc) == meeting)

# Parsing log lines
log = ["2024-03-10 14:02:11 start", "2024-03-10 14:07:45 step", "2024-03-10 15:10:02 done"]
stamps = [datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") for line in log]
for a, b in zip(stamps, stamps[1:]):
    print(f"{a:%H:%M:%S} -> {b:%H:%M:%S}: {b - a}")
print(datetime.strptime("Mar 5 2024 7:05PM", "%b %d %Y %I:%M%p"), datetime.strptime("05/03/24", "%d/%m/%y").date())
print(datetime.fromisoformat("2024-03-10T15:30:00+01:00") - meeting)
print(sorted(stamps, reverse=True)[0], max(people.values()), min(people.values()))
print(date(2024, 1, 31) + timedelta(days=30), date(2023, 3, 1) - timedelta(days=1), date(2024, 3, 1) - timedelta(days=1))
