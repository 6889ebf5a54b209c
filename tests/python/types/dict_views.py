# dict ordering, views, merging, and the methods people rely on.

inventory = {"apples": 3, "pears": 0, "kiwis": 12}
inventory["plums"] = 7
inventory["apples"] += 2
del inventory["pears"]
inventory["pears"] = 1
print(inventory, list(inventory), len(inventory))
keys, values, items = inventory.keys(), inventory.values(), inventory.items()
inventory["figs"] = 4
print(keys, values, items)
print("figs" in keys, 4 in values, ("figs", 4) in items, list(reversed(keys)))
print(keys & {"figs", "nope"}, keys - {"apples", "kiwis", "plums"}, sorted(keys | {"zz"}), keys ^ {"figs", "new"} == {"apples", "kiwis", "plums", "pears", "new"})
print(inventory.get("nope"), inventory.get("nope", 0), inventory.setdefault("dates", 9), inventory.pop("dates"), inventory.pop("x", "gone"))
print(inventory.popitem(), inventory)
try:
    inventory.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    inventory["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
defaults = {"color": "red", "size": "M", "qty": 1}
override = {"size": "L", "gift": True}
print(defaults | override, override | defaults, {**defaults, **override, "qty": 2})
merged = dict(defaults)
merged |= override
merged.update([("qty", 3)], extra=1)
print(merged)
print(dict.fromkeys("abc", 0), dict(zip("xy", (1, 2))), dict(a=1, b=2), dict([("k", "v")]), dict({1: 2}, z=3))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
counts = {}
for word in "a rose is a rose is a rose".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    for k in counts:
        counts[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v: k for k, v in squares.items()}, squares == {5: 25, 3: 9, 1: 1})
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, 2]
print(nested, nested["a"]["b"].keys(), repr({}), {1: {}}, dict().items())
d = {1: "int", 1.0: "float", True: "bool"}
print(d, {(1, 2): "tuple", frozenset({1}): "fs"})
print(list({"b": 1, "a": 2}.items())[0], min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    cache[n] = r = n if n < 2 else fib(n - 1) + fib(n - 2)
    return r
print(fib(80), len(cache), list(cache)[:5])
d2 = {"x": 1}
d2c = d2.copy()
d2c["x"] = 2
print(d2, d2c, d2 == {"x": 1}, d2 != d2c, {"a": 1, "b": 2} == {"b": 2, "a": 1})
