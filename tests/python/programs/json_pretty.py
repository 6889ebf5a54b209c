"""A hand-written JSON serializer and parser checked against the json module."""
import json


def dump(v, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    nl = "\n" if indent else ""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                if ord(ch) > 0xFFFF:
                    n = ord(ch) - 0x10000
                    out.append(f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}")
                else:
                    out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        return "".join(out) + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        items = [pad + dump(x, indent, level + 1) for x in v]
        return "[" + nl + ("," + nl if indent else ", ").join(items) + nl + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + dump(str(k), indent, level + 1) + ": " + dump(x, indent, level + 1) for k, x in v.items()]
        return "{" + nl + ("," + nl if indent else ", ").join(items) + nl + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")


def parse(s):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \t\n\r":
            pos += 1

    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1
            obj = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws()
                assert s[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                obj[k] = value()
                ws()
                if s[pos] == "}":
                    pos += 1
                    return obj
                assert s[pos] == ",", f"expected ',' at {pos}"
                pos += 1
        if ch == "[":
            pos += 1
            arr = []
            ws()
            if s[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if s[pos] == "]":
                    pos += 1
                    return arr
                pos += 1
        if ch == '"':
            return json.loads(s[pos:scan_string()])
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)

    def scan_string():
        nonlocal pos
        start = pos
        pos += 1
        while s[pos] != '"':
            pos += 2 if s[pos] == "\\" else 1
        pos += 1
        return pos

    result = value()
    ws()
    if pos != len(s):
        raise ValueError(f"extra data at {pos}")
    return result


doc = {"name": "demo", "values": [1, 2.5, -3e-5, 10 ** 20], "ok": True, "none": None, "nested": {"a": [], "b": {}},
       "text": "tab\there \"quoted\" \\ caf\u00e9 \U0001F600", "tuple": (1, 2)}
mine = dump(doc)
print(mine)
print(mine == json.dumps(doc))
print(dump(doc, indent=2) == json.dumps(doc, indent=2))
print(dump(doc, indent=2)[:80])
back = parse(json.dumps(doc, indent=4))
print(back == json.loads(json.dumps(doc)), back["text"], back["values"])
for bad in ("[1, 2] x", '{"a" 1}'):
    try:
        parse(bad)
    except (ValueError, AssertionError) as e:
        print(type(e).__name__ + ":", e)
try:
    dump({1, 2})
except TypeError as e:
    print("TypeError:", e)
