import re

text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543."
print(re.findall(r"[\w.]+@[\w.]+\w", text))
print(re.findall(r"(\w+)@(\w+)", text))
m = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+\w)", text)
print(m.group(), m.group("user"), m.group(2), m.groups(), m.groupdict(), m.span(), m.start("host"), m.end())
print(m["user"], m.re.pattern[:10], m.string is text, m.lastgroup, m.lastindex)
print([m.group() for m in re.finditer(r"\d{3}-\d{4}", text)])
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and p@q"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"), re.subn("a", "A", "banana"))
print(re.sub("a", "-", "banana", count=2), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub("x*", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " lead trail ", maxsplit=1))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.fullmatch(r"\w+", "abc"), re.fullmatch("a", "ab"))
p = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print(p.findall("key: value\nother:  thing\nbad line"), p.flags & re.MULTILINE != 0, p.groups)
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall("a.c", "abc a\nc", re.DOTALL))
print(re.findall(r"""
    (\d{4})   # year
    -(\d{2})  # month
""", "2024-05 and 1999-12", re.VERBOSE))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"colou?r", "color colour colr"))
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b></b>"), re.findall(r"a{2,3}", "aaaaaaa"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\d+(?!px)\b", "10px 20em 30"), re.findall(r"(a)|(b)", "ab"))
print(re.search(r"(\w)\1", "hello").group(), re.sub(r"(\w)\1", r"[\1\1]", "bookkeeper"))
print(re.escape("a.b*c?"), re.findall(r"[^aeiou\s]+", "hello world"), re.findall(r"\W+", "a, b! c"))
print(bool(re.match(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*$", "Hello World")), re.match("(a)(b)?", "a").groups())
print(re.match("(a)(b)?", "a").groups(default="-"), re.match(r"(?:ab)+", "ababx").group())
for bad in ("(", "[a-", "a{2,1}", "*a", r"(?P<n>a)(?P<n>b)"):
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r}: re.error: {e}")
words = "the rain in spain stays mainly in the plain"
print(sorted(set(re.findall(r"\w*ain\w*", words))), len(re.findall(r"\bin\b", words)))
print(re.sub(r"\s+", " ", "  many   spaces\there \n"), re.findall(r"^\s*$", "a\n\n b\n", re.M))
template = "Hello {name}, you owe {amount}"
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "amount": "$5"}[m.group(1)], template))
print(re.compile(r"\d").sub("N", "a1b2", 1), re.compile("x").pattern, repr(re.compile(r"a\d", re.I)))
print(re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.findall(r"\w+", "naïve café"), re.ASCII != 0)
