import json

data = {"name": "Widget", "price": 9.5, "tags": ["a", "b"], "stock": None, "active": True, "ratio": 1e-7,
        "nested": {"z": 1, "a": [1, 2, {"k": "v"}]}, "unicode": "caf\u00e9 \u2603 \U0001F600", "big": 10 ** 20}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="\t", ensure_ascii=False)[:60])
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01"), json.dumps("/"))
print(json.dumps(3.0), json.dumps(-0.0), json.dumps(1.5e300), json.dumps(float("inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "ok": 1}, skipkeys=True), json.dumps((1, 2)))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


text = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode)
print(text)


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


back = json.loads(text, object_hook=decode)
print(type(back["p"]).__name__, back["p"].x, back["s"])


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1j, 2 + 3j], cls=Enc))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -1e3}}'))
print(json.loads("[1.0, 10, 1e2, -0, 0.5]"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(" 42 "))
print(json.loads('{"a": 1, "a": 2}'), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads("[1.25, 3]", parse_float=lambda s: f"F{s}", parse_int=lambda s: int(s) * 100))
print(json.loads('[["a", 1], ["b", 2]]', object_pairs_hook=None), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
for bad in ('{"a" 1}', "[1, 2", "", "{'a': 1}", "[1,]", '"unterminated', "tru", "1 2", '{"a": 1}}'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e}")
print(json.JSONDecodeError.__mro__[1].__name__, json.loads(b'{"bytes": 1}'))
