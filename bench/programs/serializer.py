"""A JSON-like serializer and parser written in Python: recursive type dispatch,
string escaping, character-by-character scanning, dicts and lists built and compared."""
import random
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


def quote(s):
    parts = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            parts.append(esc)
        elif ch < " ":
            parts.append("\\u%04x" % ord(ch))
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(quote(value))
    elif isinstance(value, (list, tuple)):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(",")
            first = False
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key in sorted(value):
            if not first:
                out.append(",")
            first = False
            out.append(quote(key))
            out.append(":")
            dump(value[key], out)
        out.append("}")
    else:
        raise TypeError("cannot serialize %r" % (value,))


def dumps(value):
    out = []
    dump(value, out)
    return "".join(out)


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "n" and self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if ch == "t" and self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == "f" and self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def number(self):
        start = self.pos
        text = self.text
        is_float = False
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            if text[self.pos] in ".eE":
                is_float = True
            self.pos += 1
        if start == self.pos:
            raise ParseError("unexpected %r at %d" % (text[start], start))
        token = text[start:self.pos]
        return float(token) if is_float else int(token)

    def string(self):
        self.pos += 1
        text = self.text
        parts = []
        while True:
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                code = text[self.pos + 1]
                if code == "u":
                    parts.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                else:
                    parts.append(UNESCAPES[code])
                    self.pos += 2
            else:
                parts.append(ch)
                self.pos += 1

    def array(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                raise ParseError("expected , or ] at %d" % (self.pos - 1))

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise ParseError("expected : at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected , or } at %d" % (self.pos - 1))


def loads(text):
    return Parser(text).value()


def make_record(rng, i):
    name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz \"\\\n\t") for _ in range(rng.randint(3, 12)))
    return {
        "id": i,
        "name": name,
        "score": round(rng.random() * 1000, 3),
        "active": rng.random() < 0.5,
        "tags": ["t%d" % rng.randint(0, 50) for _ in range(rng.randint(0, 5))],
        "parent": None if i % 7 == 0 else i // 2,
        "pos": {"x": rng.randint(-1000, 1000), "y": rng.randint(-1000, 1000), "z": -rng.random()},
        "big": 3 ** (i % 90),
    }


def main(records):
    rng = random.Random(2024)
    data = {"version": 3, "records": [make_record(rng, i) for i in range(records)], "meta": {"ok": True}}
    checksum = 0
    total_len = 0
    for round_ in range(4):
        text = dumps(data)
        back = loads(text)
        if back != data:
            raise AssertionError("round trip failed")
        total_len += len(text)
        checksum = (checksum * 131 + sum(ord(c) for c in text[::97])) % 1000000007
        data["version"] += 1
    print("records %d chars %d checksum %d" % (records, total_len, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 14000)
