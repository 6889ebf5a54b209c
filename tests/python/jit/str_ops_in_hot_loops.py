"""String operations in hot loops: indexing, slicing, methods and comparisons on ASCII,
Latin-1, BMP and astral text, str subclasses, and values whose type changes mid-loop."""


class Shout(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())

    def __hash__(self):
        return hash(self.lower())

    def __len__(self):
        return 42

    def strip(self, chars=None):
        return "stripped:" + str.strip(self, chars)


TEXTS = ["hello, world", "café crème", "price: 5€ or 6€", "emoji 😀 and 😎!", "", "  padded\t\n",
         "a,b,,c", "ÀÉÎÕÜ", "x"]


def scan(text):
    digits = 0
    letters = 0
    out = []
    for i in range(len(text)):
        ch = text[i]
        if "0" <= ch <= "9":
            digits += 1
        elif ch.lower() != ch.upper():
            letters += 1
        if ch in "aeiouéè😀":
            out.append(ch.upper())
        else:
            out.append(ch)
    return digits, letters, "".join(out)


def methods(text):
    parts = text.split()
    comma = text.split(",")
    return (len(parts), comma, text.strip(), text.lstrip(" "), text.rstrip("\n\t"),
            text.startswith("price"), text.startswith("e", 1), text.endswith("!"),
            text.find("€"), text.find("o", 5), text.replace("o", "0"), text.lower(), text.upper(),
            "|".join(parts))


def quote(s):
    parts = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            parts.append("\\" + ch)
        elif ch < " ":
            parts.append("\\u%04x" % ord(ch))
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def slices(text):
    n = len(text)
    acc = []
    for i in range(0, n + 2, 3):
        acc.append(text[i:i + 2] + text[-i - 1:] + text[:i])
    return acc


def identities(text):
    same = 0
    for i in range(len(text)):
        if text[i] is text[i]:
            same += 1
    return same


def main():
    for rnd in range(60):
        for t in TEXTS:
            r = (scan(t), methods(t), quote(t + '"\n\\'), slices(t))
            if rnd == 59:
                print(repr(t), r)
    print([identities(t) for t in TEXTS])
    word, accents = "xay", "héllo"
    print(accents[1] is accents[1], chr(97) is word[1], word.strip("xy") is word[1], accents[1:2] is accents[1],
          accents[0] is list(accents)[0])
    s = "keep"
    print(s.strip() is s, s.replace("z", "q") is s, s.lstrip("z") is s)
    # a str subclass reaches the same code after plain strs made it hot
    for rnd in range(40):
        values = ["Hello", Shout("HeLLo"), "plain", Shout("  Up  ")]
        res = []
        for v in values:
            res.append((v == "hello", len(v), v.strip(), v.lower(), v.split("L"), v[1:3], v[0]))
        if rnd == 39:
            print(res)
    # the receiver's type changes mid-loop: lists and bytes have other methods of the same names
    mixed = ["a b c", b"x y", "q", ["not", "a", "str"], " z "]
    for rnd in range(30):
        out = []
        for m in mixed:
            try:
                out.append(m.split())
            except AttributeError as e:
                out.append(str(e))
            try:
                out.append(m.strip())
            except AttributeError as e:
                out.append(str(e))
        if rnd == 29:
            print(out)
    # errors raised from compiled string code keep CPython's messages
    for bad in [("abc", 5), ("😀x", 3), ("", 0)]:
        try:
            print(bad[0][bad[1]])
        except IndexError as e:
            print("IndexError:", e)
    for args in [("abc", 1), ("abc", None)]:
        try:
            print("abc".startswith(*args))
        except TypeError as e:
            print("TypeError:", e)
    try:
        print("-".join(["a", 1]))
    except TypeError as e:
        print("TypeError:", e)
    for call in [lambda s: s.find(3), lambda s: s.count(3), lambda s: s.split(3), lambda s: s.strip(3),
                 lambda s: s.rstrip(3), lambda s: s.replace(3, "a"), lambda s: s.replace("a", 3),
                 lambda s: s.partition(3), lambda s: s.startswith(3)]:
        try:
            print(call("abc"))
        except TypeError as e:
            print("TypeError:", e)
    words = ["pear", "Apple", "apple", "éclair", "zebra", "😀", "Zoo", "ápple"]
    print(sorted(words), sorted(words, key=lambda w: (-len(w), w)))
    print([w < "b" for w in words], [w == "apple" for w in words])


main()


class Scanner:
    """A tokenizer reading self.text[self.pos] one character at a time."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def tokens(self):
        out = []
        text = self.text
        while self.pos < len(text):
            ch = self.text[self.pos]
            if ch == " ":
                self.pos += 1
            elif "0" <= ch <= "9":
                start = self.pos
                while self.pos < len(text) and self.text[self.pos] in "0123456789":
                    self.pos += 1
                out.append(int(text[start:self.pos]))
            elif ch.isalpha():
                start = self.pos
                while self.pos < len(text) and (self.text[self.pos].isalnum() or self.text[self.pos] == "_"):
                    self.pos += 1
                out.append(text[start:self.pos])
            else:
                out.append(ch)
                self.pos += 1
        return out


def lookup_all(containers, keys):
    # one subscript site sees lists, strs, dicts and tuples with int and str keys
    found = []
    for c, k in zip(containers, keys):
        try:
            found.append(c[k])
        except (KeyError, IndexError, TypeError) as e:
            found.append(type(e).__name__)
    return found


for rnd in range(50):
    toks = Scanner("x1 = 42 + été_2 * (y€ - 7) / 😀z").tokens()
    looked = lookup_all([[1, 2, 3], "héllo", {"a": 1, 2: "two"}, (9, 8), "😀é", {"a": 1}, [0], "abc"],
                        [1, -1, "a", 0, 1, 2, 5, "x"])
    if rnd == 49:
        print(toks)
        print(looked)
