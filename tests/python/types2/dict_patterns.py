# dict idioms: grouping, inverting, counting, nested defaults, merging configs, ordered updates.
from collections import defaultdict, Counter, OrderedDict

orders = [("ann", "tea", 2), ("bob", "coffee", 1), ("ann", "cake", 1), ("cy", "tea", 5), ("bob", "tea", 1)]
by_person = {}
for who, item, qty in orders:
    by_person.setdefault(who, []).append((item, qty))
print(by_person)
totals = defaultdict(int)
for _, item, qty in orders:
    totals[item] += qty
print(dict(totals), max(totals, key=totals.get), sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
counts = Counter(item for _, item, _ in orders)
print(counts.most_common(2), counts["tea"], counts["nothing"])
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2


def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}


print(to_dict(root))
base = {"debug": False, "db": {"host": "localhost", "port": 5432}, "tags": ["a"]}
override = {"debug": True, "db": {"port": 6543}, "tags": ["b"]}


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


print(deep_merge(base, override), base["db"])
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od["d"] = 1
print(list(od), od.popitem(last=False), list(od.items()))
d = dict.fromkeys(range(5))
for k in list(d):
    if k % 2:
        del d[k]
d[1] = "back"
print(d, list(d.keys())[-1])
scores = {"ann": 90, "bob": 72, "cy": 85}
ranked = dict(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(ranked, list(ranked)[0], {k: v for k, v in ranked.items() if v >= 80})
print({**scores, "bob": 75}, scores | {"dee": 60}, dict(zip(scores.values(), scores.keys())))
cache = {}
print([cache.setdefault(n % 3, n) for n in range(7)], cache)
nested = {"a": {"b": {"c": 42}}}
print(nested.get("a", {}).get("b", {}).get("c"), nested.get("x", {}).get("y"), "b" in nested["a"])
