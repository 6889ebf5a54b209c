"""Verbose patterns, inline and scoped flags, and validators written with them."""
import re

EMAIL = re.compile(r"""
    ^(?P<user>[\w.+-]+)      # local part
    @
    (?P<domain>
        (?:[a-z0-9-]+\.)+    # labels
        [a-z]{2,}            # top-level domain
    )$
""", re.VERBOSE | re.IGNORECASE)

IPV4 = re.compile(r"""
    ^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}
       (?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$
""", re.X)

DATE = re.compile(r"(?x) (?P<y>\d{4}) - (?P<m>0[1-9]|1[0-2]) - (?P<d>0[1-9]|[12]\d|3[01])")

for s in ["ada@Example.COM", "bad@host", "x.y+tag@sub.domain.org", "@no.user", "a b@c.de"]:
    m = EMAIL.match(s)
    print(f"{s!r}: {m.group('user', 'domain') if m else None}")
for s in ["192.168.0.1", "256.1.1.1", "10.0.0", "0.0.0.0", "1.2.3.04"]:
    print(s, bool(IPV4.match(s)))
for s in ["2024-02-29", "2024-13-01", "1999-12-31x", "date: 2000-01-15"]:
    print(s, DATE.fullmatch(s) and DATE.fullmatch(s).groupdict(), DATE.search(s) and DATE.search(s).group())

print(re.findall(r"(?i)the", "The THE the tHe"))
print(re.findall(r"(?i:t)he", "The THE the tHe"))
print(re.findall(r"T(?-i:he)", "The THE the tHe", re.I))
print(re.findall(r"(?m)^\w+", "one\ntwo\nthree"), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"(?s)<b>(.*?)</b>", "<b>x\ny</b> <b>z</b>"), re.findall(r"<b>(.*?)</b>", "<b>x\ny</b> <b>z</b>"))
print(re.findall(r"(?x) a [ ] b \# c", "a b# c"), re.findall(r"(?x)a\ b", "a b"))
print(re.findall(r"(?m:^x)|y$", "x\nyx\ny"), re.search(r"(?i)(?m)^B", "a\nb"))
print(re.compile(r"(?i)a").flags & re.I, re.compile(r"(?ms)a").flags)
print(re.search(r"(?x)(?i) HELLO \s+ world", "say hello   World"))
print(re.sub(r"(?x) \s* , \s*", ",", "a , b,c ,  d"))
PHONE = re.compile(r"""\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})""")
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234-567"]:
    m = PHONE.search(s)
    print(s, "->", "-".join(m.groups()) if m else "invalid")
