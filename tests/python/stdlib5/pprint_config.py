# Loads an application config (JSON), merges overrides and pretty-prints the result for review.
import json
import pprint
from collections import OrderedDict

raw = """
{
  "service": {"name": "billing-api", "version": "2.14.1", "replicas": 3,
              "env": {"LOG_LEVEL": "info", "DB_POOL": "20", "FEATURE_FLAGS": "new-invoices,async-export,tax-v2"}},
  "database": {"host": "db.internal", "port": 5432, "options": {"sslmode": "require", "connect_timeout": 10}},
  "queues": [{"name": "invoices", "workers": 4, "retry": [1, 5, 30, 120, 600]},
             {"name": "emails", "workers": 2, "retry": [10, 60]}],
  "maintenance_window": ["Sun 02:00", "Sun 04:00"],
  "description": "Handles invoicing, payment reconciliation and the monthly export of tax documents to the accounting system."
}
"""
config = json.loads(raw)
overrides = {"service": {"replicas": 5, "env": {"LOG_LEVEL": "debug"}}, "database": {"port": 6432}}


def merge(base, extra):
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base


merged = merge(config, overrides)
print("== sorted, width 80 ==")
pprint.pprint(merged)
print("== insertion order, width 60, indent 2 ==")
pprint.pp(merged, width=60, indent=2)
print("== depth 2 ==")
pprint.pprint(merged, depth=2)
print("== compact queues ==")
pprint.pprint(merged["queues"], compact=True, width=50)

summary = OrderedDict()
for q in merged["queues"]:
    summary[q["name"]] = {"workers": q["workers"], "max_delay": max(q["retry"]), "attempts": len(q["retry"])}
text = pprint.pformat(summary, width=50)
print(text)
print("lines:", len(text.splitlines()))
printer = pprint.PrettyPrinter(width=40, sort_dicts=False, underscore_numbers=True)
printer.pprint({"budget": 1250000, "spent": [312500, 48000, 1200000], "remaining": -310500})
print(printer.isreadable(merged), pprint.saferepr(merged["maintenance_window"]))
