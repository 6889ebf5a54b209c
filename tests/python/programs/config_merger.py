"""Merges layered JSON configuration documents and reports what changed."""
import copy
import json

DEFAULTS = """
{
  "app": {"name": "demo", "debug": false, "workers": 4, "tags": ["base"]},
  "db": {"host": "localhost", "port": 5432, "options": {"timeout": 30, "ssl": false}},
  "features": {"beta": false}
}
"""
ENV = '{"db": {"host": "db.internal", "options": {"ssl": true}}, "app": {"workers": 8}}'
USER = '{"app": {"debug": true, "tags": ["custom", "x"]}, "features": null, "extra": {"note": "caf\\u00e9 \\u2603"}}'


def deep_merge(base, override, path="", changes=None):
    if changes is None:
        changes = []
    result = copy.deepcopy(base)
    for key, value in override.items():
        where = f"{path}.{key}" if path else key
        if value is None:
            if key in result:
                changes.append(("removed", where, result.pop(key), None))
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key], _ = deep_merge(result[key], value, where, changes)
        elif isinstance(value, list) and isinstance(result.get(key), list):
            merged = result[key] + [v for v in value if v not in result[key]]
            changes.append(("extended", where, result[key], merged))
            result[key] = merged
        else:
            old = result.get(key, "<unset>")
            if old != value:
                changes.append(("set", where, old, value))
            result[key] = value
    return result, changes


layers = [("defaults", json.loads(DEFAULTS)), ("env", json.loads(ENV)), ("user", json.loads(USER))]
config = {}
for name, layer in layers:
    config, changes = deep_merge(config, layer)
    print(f"after {name}: {len(changes)} change(s)")
    for kind, where, old, new in changes:
        print(f"  {kind:<8} {where:<20} {json.dumps(old)} -> {json.dumps(new)}")
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(config["extra"]))


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


for key, value in sorted(flatten(config)):
    print(f"{key} = {value!r}")
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
assert json.loads(json.dumps(config)) == config
print(json.loads(DEFAULTS) == layers[0][1], layers[0][1]["db"]["host"])
