# Containers mutated while compiled loops iterate over them.
d = {i: i * i for i in range(50)}
try:
    for k in d:
        if k == 10:
            d[100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

items = list(range(20))
seen = []
for x in items:
    seen.append(x)
    if x % 5 == 0 and len(items) < 40:
        items.append(x + 100)
print(seen)

s = set(range(10))
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print("RuntimeError:", e)

counts = {}
for i in range(3000):
    key = i % 7
    counts[key] = counts.get(key, 0) + 1
    if i == 1500:
        counts.clear()
print(sorted(counts.items()))
