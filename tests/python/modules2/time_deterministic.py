import time

t0 = time.gmtime(0)
print(t0)
print(tuple(t0), t0.tm_year, t0.tm_wday, t0.tm_yday, t0.tm_isdst)
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %d %j %y %p %I %%", t))
print(time.strftime("%Y/%m/%d", (2024, 2, 29, 12, 30, 0, 3, 60, 0)))
print(time.asctime(t), time.asctime(time.gmtime(0)))
s = time.struct_time((2001, 9, 9, 1, 46, 40, 6, 252, 0))
print(s, s[0], s.tm_mday, len(s))
print(time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")[:6])
print(time.strptime("14 Nov 2023", "%d %b %Y")[:3], time.strptime("03:04 PM", "%I:%M %p")[3:5])
print(time.mktime(time.localtime(1234567890)) == 1234567890, time.localtime(86400 * 365).tm_year)
for secs in (0, 951782400, 4102444800, -86400, 1e9 + 0.5):
    g = time.gmtime(secs)
    print(secs, time.strftime("%Y-%m-%d %H:%M:%S %a %j", g), g.tm_wday)
try:
    time.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
a = time.time()
b = time.time()
print(type(a).__name__, b >= a, a > 1.6e9)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 >= p1, type(time.monotonic()).__name__, time.monotonic_ns() > 0, isinstance(time.time_ns(), int))
time.sleep(0)
time.sleep(0.001)
print("slept")
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError:", e)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, f"{0.0:.3f}s")
