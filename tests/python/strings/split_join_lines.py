"""Splitting and joining text the way log and word-count scripts do, including
whitespace kinds, separators at the edges, line breaks of every kind and non-BMP text."""


def show(label, value):
    print(label, repr(value))


# whitespace splitting: runs of any Python whitespace, leading/trailing ignored
show("plain", "  the quick\tbrown\n\nfox  ".split())
show("empty", "".split())
show("blank", " \t\n\x0b\x0c\r ".split())
show("info seps", "a\x1cb\x1dc\x1ed\x1fe".split())
show("nbsp", "a\xa0b\u2003c\u3000d\x85e".split())
show("zero width", "a\u200bb".split())
show("non-BMP", "𝔘𝔫𝔦 𝔠𝔬𝔡𝔢  😀x".split())
show("maxsplit", " a b  c d ".split(None, 2))
show("rsplit", " a b  c d ".rsplit(None, 2))

# separator splitting
show("csv", "a,b,,c,".split(","))
show("edges", ",a,".split(","))
show("only sep", ",".split(","))
show("empty csv", "".split(","))
show("multi", "a::b::::c".split("::"))
show("overlap", "aaaa".split("aa"))
show("no sep", "abc".split("x"))
show("astral sep", "x😀y😀z".split("😀"))
show("kw", "a-b-c".split(sep="-", maxsplit=1))
show("rsplit sep", "a-b-c".rsplit("-", 1))
for bad in ("", 5):
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# splitlines: every break CPython knows, keepends, \r\n as one break
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
show("lines", text.splitlines())
show("keep", text.splitlines(True))
show("keep kw", "a\r\n\r\nb\n".splitlines(keepends=True))
show("trailing", "a\n\nb\n".splitlines())
show("empty lines", "".splitlines())
show("no break", "abc".splitlines())
show("cr end", "abc\r".splitlines(True))
show("non-BMP lines", "𝔘\n😀\r\n".splitlines())

# join: lists, tuples, generators, one item, errors
words = ["alpha", "beta", "gamma"]
show("join list", ", ".join(words))
show("join tuple", "".join(("x", "y", "z")))
show("join gen", "-".join(w.upper() for w in words))
show("join one", "+".join(["solo"]))
show("join none", "+".join([]))
show("join astral", "😀".join(["a", "𝔘", "b"]))
show("join latin1+bmp", "\xe9".join(["caf", "\u4e2d"]))
for bad in (["a", 1], ("a", None), ["a", b"b"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)

# a round trip typical of a log scanner
log = "GET /a 200\nPOST /b 500\n\nGET /c 404\n"
rows = [line.split() for line in log.splitlines() if line]
show("rows", rows)
show("back", "\n".join(" ".join(r) for r in rows))
counts = {}
for row in rows:
    for part in row[1].split("/"):
        counts[part] = counts.get(part, 0) + 1
show("counts", sorted(counts.items()))

# maxsplit keeps the remainder as it is, after the separating whitespace
for s in (" a ", " a b ", " a b", "   ", "a  b  c  "):
    for n in (0, 1, 2):
        print(repr(s), n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n))
