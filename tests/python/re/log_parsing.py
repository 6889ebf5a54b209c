"""Summarise a web server log with named groups, like a small ops script would."""
import re

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
10.0.0.7 - alice [12/Mar/2024:10:15:40 +0000] "POST /api/login HTTP/1.1" 302 0 "https://example.com/" "curl/8.1"
192.168.1.10 - - [12/Mar/2024:10:16:01 +0000] "GET /static/app.js HTTP/1.1" 200 48211 "-" "Mozilla/5.0"
172.16.4.2 - bob [12/Mar/2024:10:17:12 +0000] "GET /api/items?page=2 HTTP/1.1" 500 87 "-" "python-requests/2.31"
this line is garbage and should be skipped
10.0.0.7 - alice [12/Mar/2024:10:18:45 +0000] "DELETE /api/items/42 HTTP/1.1" 204 0 "-" "curl/8.1"
192.168.1.11 - - [12/Mar/2024:11:02:03 +0000] "GET /index.html HTTP/1.0" 404 312 "-" "Wget/1.21"
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) '
    r'\[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "(?P<ref>[^"]*)" "(?P<agent>[^"]*)"'
)

by_status = {}
by_ip = {}
bytes_total = 0
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print("line", n, "does not parse:", repr(line[:30]))
        continue
    d = m.groupdict()
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    by_ip.setdefault(d["ip"], []).append(d["path"])
    bytes_total += int(d["size"])
    user = None if d["user"] == "-" else d["user"]
    print(f"{d['time']} {d['method']:<6} {d['path']:<22} {d['status']} user={user} agent={d['agent'].split('/')[0]}")

print("status counts:", sorted(by_status.items()))
for ip in sorted(by_ip):
    print(ip, by_ip[ip])
print("bytes:", bytes_total, "unparsed:", bad)

# Which API endpoints failed, and query parameters of the paths.
errors = [m.group("path") for m in LINE.finditer(LOG) if m.group("status").startswith("5")]
print("server errors:", errors)
for path in sorted({p for paths in by_ip.values() for p in paths}):
    q = re.search(r"\?(.*)$", path)
    if q:
        print(path, "->", dict(kv.split("=") for kv in q.group(1).split("&")))
m = LINE.search(LOG)
print(m.span(), m.lastgroup, m.lastindex, m.start("path"), m.end("status"))
