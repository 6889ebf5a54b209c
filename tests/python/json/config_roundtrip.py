"""Load a JSON config, merge overrides, validate and write it back out."""
import json

RAW = """
{
    "service": "inventory",
    "version": 3,
    "debug": false,
    "ratio": 0.75,
    "hosts": ["db1.local", "db2.local"],
    "limits": {"cpu": 2.5, "memory_mb": 4096, "burst": null},
    "features": {"search": true, "export": {"formats": ["csv", "json"], "max_rows": 100000}},
    "owner": "Zoë \\u00c5berg",
    "path": "C:\\\\data\\\\inv",
    "notes": "line one\\nline two\\t(tabbed) \\"quoted\\" \\/slash"
}
"""

config = json.loads(RAW)
print(type(config).__name__, list(config))
print(config["owner"], config["path"], repr(config["notes"]))


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


override = json.loads('{"debug": true, "limits": {"cpu": 4, "burst": 1.5e3}, "features": {"export": {"max_rows": 5e5}}}')
merged = merge(config, override)
print(json.dumps(merged["limits"]), json.dumps(merged["features"], sort_keys=True))

text = json.dumps(merged, indent=4, sort_keys=True, ensure_ascii=False)
print(text)
again = json.loads(text)
print(again == merged, json.dumps(again, sort_keys=True) == json.dumps(merged, sort_keys=True))
compact = json.dumps(merged, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[:80])
print(json.dumps(merged["owner"]), json.dumps(merged["owner"], ensure_ascii=False))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


sink = Sink()
json.dump({"saved": True, "items": [1, 2, 3]}, sink, indent="  ")
print(sink.read())
print(json.load(sink))
