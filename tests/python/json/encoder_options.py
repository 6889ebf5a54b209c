"""Every JSONEncoder option, and CPython's number formatting."""
import json

data = {"b": [1, 2.0, -3.5e-7, 1e22, 10**30, True, None], "a": {"z": "ü", "y": []}, "c": (1, "two"), 3: "int key",
        2.5: "float key", None: "none key", False: "bool key"}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="--"))
print(json.dumps(data, separators=(";", "=")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True, indent=1))
for x in [0.1, 0.5, 1/3, 2/3, 1e16, 1.5e-10, 123456789012345678.0, -0.0, 3.0, 1e100, 5e-324, 1.7976931348623157e308]:
    print(json.dumps(x), end=" ")
print()
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
for bad in [[float("nan")], {"k": float("inf")}, {float("nan"): 1}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps("\x00\x1f\x7f\u2028 \" \\ / \b\f\n\r\t é 😀"))
print(json.dumps("\x00\x1f\x7f\u2028 \" \\ / é 😀", ensure_ascii=False))
print(json.dumps({"k": {(1, 2): "tuple key", "ok": 1}}, skipkeys=True))
try:
    json.dumps({(1, 2): 0})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
loop = {"name": "loop"}
loop["self"] = loop
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
lst = [1]
lst.append([lst])
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"again": shared}]))
print(json.dumps([[[]]], indent=2), json.dumps({"e": {}}, indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps(42), json.dumps("x"), json.dumps(None), json.dumps(True), json.dumps(-7.25), json.dumps([]))


class Level(int):
    def __repr__(self):
        return "Level!"


class Price(float):
    def __repr__(self):
        return "Price!"


class Tag(str):
    pass


class Bag(dict):
    pass


class Row(list):
    pass


print(json.dumps([Level(3), Price(9.99), Tag("t"), Bag(a=1), Row([1, Row([2])])]))
print(json.dumps({Tag("k"): Level(1)}, sort_keys=True))
enc = json.JSONEncoder(indent=3, sort_keys=True)
print(enc.encode({"x": [1, {"y": 2}]}), enc.item_separator == ",", enc.key_separator)
print("".join(json.JSONEncoder().iterencode({"it": [1, 2]})))
