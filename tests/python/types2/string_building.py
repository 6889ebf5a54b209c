# Building and transforming text as report and templating code does.

rows = [("Widget", 4, 3.5), ("Gadget with a long name", 1, 120.0), ("Nut", 250, 0.05)]
width = max(len(r[0]) for r in rows)
lines = []
for name, qty, price in rows:
    lines.append(name.ljust(width) + " | " + str(qty).rjust(4) + " | " + f"{price:8.2f}")
sep = "-" * len(lines[0])
print("\n".join([sep] + lines + [sep]))


def slugify(title):
    out = []
    prev_dash = False
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    return "".join(out).strip("-")


print([slugify(t) for t in ("Hello, World!", "  Python 3.11 -- What's New?  ", "ÜBER straße", "a__b")])


def wrap(text, width):
    words, line, out = text.split(), "", []
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


print(wrap("the quick brown fox jumps over the lazy dog and keeps on running far away", 16))


def caesar(text, shift):
    res = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)


secret = caesar("Attack at Dawn!", 13)
print(secret, caesar(secret, 13))
template = "Dear {name}, your order #{order:05d} of {count} item{plural} ships {when}."
for name, order, count in (("Ann", 42, 1), ("Bob", 1234, 3)):
    print(template.format(name=name, order=order, count=count, plural="" if count == 1 else "s", when="today"))
csv = "id,name,score\n1,ann,93.5\n2,bob,78\n3,cy,88.25\n"
header, *records = [line.split(",") for line in csv.strip().splitlines()]
table = [dict(zip(header, r)) for r in records]
print(table[1], sum(float(r["score"]) for r in table) / len(table))
print(" ".join(w.capitalize() for w in "make every word title case".split()), "x".join(["1"] * 3))
s = ""
for i in range(20):
    s += chr(ord("a") + i % 26) * (i % 3)
print(s, len(s), s.count("b"), s.replace("cc", "C"), s[::-1][:10])
print("%s|%s" % ("left".center(10, "."), "right".rjust(8, "~")), "tab\tsep".expandtabs(8), repr("a\\b"))
print("Mixed Case Text".swapcase(), "hello world".title(), "éclair".upper(), "İ".lower().encode("unicode_escape") if False else "skip")
print(sorted("The Quick Brown".split(), key=str.casefold), "a-b-c".split("-", maxsplit=1), "  x  ".strip() or "empty")
