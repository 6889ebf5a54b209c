"""Process a JSON API response: filter, aggregate and emit a report document."""
import json

RESPONSE = """{"page": 1, "per_page": 6, "total": 6, "data": [
 {"id": 101, "user": {"name": "Ada", "email": "ada@example.com"}, "amount": 120.5, "currency": "EUR", "status": "paid", "items": [{"sku": "A-1", "qty": 2}, {"sku": "B-7", "qty": 1}]},
 {"id": 102, "user": {"name": "Bob", "email": null}, "amount": 15, "currency": "USD", "status": "refunded", "items": []},
 {"id": 103, "user": {"name": "Chloé", "email": "chloe@example.fr"}, "amount": 99.99, "currency": "EUR", "status": "paid", "items": [{"sku": "A-1", "qty": 5}]},
 {"id": 104, "user": {"name": "Dmitri", "email": "d@example.ru"}, "amount": 0.1, "currency": "EUR", "status": "pending", "items": [{"sku": "C-3", "qty": 1}]},
 {"id": 105, "user": {"name": "Eve", "email": "eve@example.com"}, "amount": 250, "currency": "USD", "status": "paid", "items": [{"sku": "B-7", "qty": 3}, {"sku": "C-3", "qty": 2}]},
 {"id": 106, "user": {"name": "Fay", "email": "fay@example.com"}, "amount": 0.2, "currency": "EUR", "status": "paid", "items": []}
]}"""

resp = json.loads(RESPONSE)
orders = resp["data"]
paid = [o for o in orders if o["status"] == "paid"]
totals = {}
for o in paid:
    totals[o["currency"]] = round(totals.get(o["currency"], 0) + o["amount"], 2)
skus = {}
for o in orders:
    for it in o["items"]:
        skus[it["sku"]] = skus.get(it["sku"], 0) + it["qty"]
report = {
    "paid_orders": [o["id"] for o in paid],
    "totals": totals,
    "units_by_sku": dict(sorted(skus.items())),
    "missing_email": [o["user"]["name"] for o in orders if o["user"]["email"] is None],
    "float_sum": sum(o["amount"] for o in orders if o["currency"] == "EUR"),
    "by_status": {s: len([o for o in orders if o["status"] == s]) for s in sorted({o["status"] for o in orders})},
}
print(json.dumps(report, indent=2))
print(json.dumps(report, sort_keys=True, separators=(",", ":")))
lines = [json.dumps({"id": o["id"], "name": o["user"]["name"]}, ensure_ascii=False) for o in orders]
print("\n".join(lines))
parsed = [json.loads(line) for line in lines]
print(parsed[2], parsed == [{"id": o["id"], "name": o["user"]["name"]} for o in orders])
big = {"rows": [{"i": i, "sq": i * i, "half": i / 2, "label": f"row-{i}"} for i in range(300)]}
text = json.dumps(big)
print(len(text), text[:120])
print(json.loads(text) == big, len(json.dumps(big, indent=1)))
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(json.dumps(deep)[:60], json.loads(json.dumps(deep)) == deep)
