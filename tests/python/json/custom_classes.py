"""Custom encoders and decoders: dataclass-like records, dates and object hooks."""
import json
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, Money):
            return f"{o.cents // 100}.{o.cents % 100:02d} {o.currency}"
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


def decode_hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


shapes = {"origin": Point(0, 0), "path": [Point(1, 2), Point(-3, 4.5)], "price": Money(1999),
          "tags": {"b", "a", "c"}, "z": 1 + 2j, "nested": {"p": Point(7, 8)}}
text = json.dumps(shapes, cls=AppEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back)
print(json.dumps(shapes, cls=AppEncoder, indent=2, sort_keys=True))
print(json.dumps(Point(5, 6), default=lambda o: o.__dict__))
print(json.dumps([Money(5), Money(12345, "USD")], default=lambda o: o.cents))
try:
    json.dumps({"when": object()}, cls=AppEncoder)
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
try:
    json.dumps(Money(1))
except TypeError as e:
    print("TypeError:", e)


class Recursive(json.JSONEncoder):
    def default(self, o):
        return o


try:
    json.dumps(Point(1, 1), cls=Recursive)
except ValueError as e:
    print("ValueError:", e)

print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
od = json.loads('{"z": 1, "y": {"x": 2}}', object_pairs_hook=OrderedDict)
print(type(od).__name__, list(od.items()))
print(json.loads("[1.10, 2, 3e2, -0.5]", parse_float=lambda s: "F:" + s, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, -Infinity, Infinity]", parse_constant=lambda s: "C:" + s))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items()), object_pairs_hook=lambda p: ("pairs", p)))


class StrictDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"name": "x", "inner": {"k": [1, {"deep": true}]}}', cls=StrictDecoder))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": [1, 2]} trailing text'))
print(dec.raw_decode('  [1]', 2), dec.decode(' \n {"ws": "ok"} \t'))
print(json.loads('"tab\there"', strict=False), json.loads(b'[1, "bytes"]'), json.loads('"\\ud83d\\ude00"'))
