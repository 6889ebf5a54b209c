"""Log analysis with re and json: parsing access-log lines with named groups, findall and
sub with a function, then a JSON round trip of the extracted records and a report."""
import json
import random
import re
import sys

METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
PATHS = ["/", "/index.html", "/api/items", "/api/items/%d", "/api/users/%d/orders", "/static/app.%d.js",
         "/search?q=%s&page=%d"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.1.2", "python-requests/2.31", "Wget/1.21.3"]
WORDS = ["red", "shoe", "lamp", "chair", "blue", "desk", "cable", "mug"]

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>[^ "]+) HTTP/(?P<ver>\d\.\d)" (?P<status>\d{3}) (?P<size>\d+|-) '
    r'"(?P<agent>[^"]*)"')
ID = re.compile(r"/(\d+)(?=/|$)")
QUERY = re.compile(r"[?&](\w+)=([^&]*)")
IP_MASK = re.compile(r"\.\d+\.\d+$")


def make_log(rng, n):
    out = []
    for i in range(n):
        path = rng.choice(PATHS)
        if "%s" in path:
            path = path % (rng.choice(WORDS), rng.randint(1, 9))
        elif "%d" in path:
            path = path % rng.randint(1, 5000)
        user = rng.choice(["-", "-", "alice", "bob", "carol"])
        status = rng.choice([200, 200, 200, 201, 204, 301, 404, 500])
        size = "-" if status == 204 else str(rng.randint(0, 90000))
        out.append('10.%d.%d.%d - %s [12/Mar/2024:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %s "%s"' % (
            rng.randint(0, 3), rng.randint(0, 255), rng.randint(1, 254), user, (i // 60) % 60, i % 60,
            rng.choice(METHODS), path, status, size, rng.choice(AGENTS)))
        if i % 97 == 0:
            out.append("# rotated log marker %d" % i)
    return "\n".join(out)


def parse(text):
    records = []
    skipped = 0
    for line in text.splitlines():
        m = LINE.match(line)
        if m is None:
            skipped += 1
            continue
        d = m.groupdict()
        rec = {"ip": IP_MASK.sub(".x.x", d["ip"]), "user": None if d["user"] == "-" else d["user"],
               "method": d["method"], "status": int(d["status"]),
               "bytes": 0 if d["size"] == "-" else int(d["size"]),
               "ids": [int(x) for x in ID.findall(d["path"])],
               "query": dict(QUERY.findall(d["path"])),
               "route": ID.sub(lambda g: "/{id}", d["path"].split("?")[0]),
               "agent": d["agent"].split("/")[0]}
        records.append(rec)
    return records, skipped


def main(n):
    rng = random.Random(2024)
    text = make_log(rng, n)
    records, skipped = parse(text)
    lines = [json.dumps(r, sort_keys=True) for r in records]
    back = [json.loads(l) for l in lines]
    assert back == records
    routes = {}
    for r in back:
        key = r["method"] + " " + r["route"]
        s = routes.setdefault(key, {"hits": 0, "bytes": 0, "errors": 0})
        s["hits"] += 1
        s["bytes"] += r["bytes"]
        s["errors"] += r["status"] >= 500
    report = json.dumps({"routes": routes, "skipped": skipped, "records": len(records)}, indent=2, sort_keys=True)
    again = json.loads(report)
    top = sorted(again["routes"].items(), key=lambda kv: (-kv[1]["hits"], kv[0]))[:3]
    words = re.findall(r"q=(\w+)", text)
    checksum = sum(len(l) for l in lines) % 1000003
    print("records %d skipped %d routes %d report %d checksum %d" % (len(records), skipped, len(routes), len(report),
                                                                     checksum))
    print("top", "; ".join("%s %d" % (k, v["hits"]) for k, v in top))
    print("queries", len(words), sorted(set(words)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
