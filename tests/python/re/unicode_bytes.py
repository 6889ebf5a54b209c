"""Unicode classes for str patterns, ASCII for bytes, and case-insensitive matching."""
import re

text = "Café naïve Ωmega 北京 x_1 ٣٤ ½ tab\there\u00a0nbsp\u2003em"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d", text), re.findall(r"\d", text, re.A))
print([hex(ord(c)) for c in re.findall(r"\s", text)])
print([hex(ord(c)) for c in re.findall(r"\s", text, re.A)])
print(re.findall(r"(?a)\w+", "naïve"), re.findall(r"(?a:\w+)é", "naïvé"))
print(re.findall(r"\bé\w*", "été éte"), re.findall(r"\W+", "a–b—c"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)σ", "Σ"), re.match(r"(?i)σ", "ς"))
print(re.match(r"(?i)[à-ÿ]+", "ÀÉÎÕÜ"), re.match(r"(?i)[a-z]+", "HeLLo"), re.match(r"(?i)k", "\u212a"))
print(re.match(r"(?i)É", "é"), re.match(r"(?ia)É", "é"), re.match(r"(?i)[^a]", "A"))
print(re.findall(r"[^\W\d_]+", "abc_123 déf"), re.findall(r"[\w-]+", "a-b"))
print(re.sub(r"\s+", " ", "a\u3000b\u2028c\x1cd"))
print(re.match(r"\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}", "Aé😀α"))
print(re.findall(r".", "a😀b"), len(re.match(r".+", "😀😀").group()), re.match(r"😀+", "😀😀😀").span())
print(re.sub(r"(?<=😀)x", "y", "😀x😀x"), re.split("😀", "a😀b😀c"))

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\xe9t\xe9: \xff\r\n\r\n"
print(re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
print(re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<v>[\d.]+)", data).groupdict())
print(re.findall(rb"\w+", b"caf\xe9 na\xefve 42"), re.findall(rb"[\x80-\xff]+", data))
print(re.sub(rb"\d+", b"#", b"a1b22"), re.split(rb"\r\n", data)[:3], re.escape(b"a.b*c"))
print(re.compile(rb"(?i)host").search(data), re.compile(rb"\s").findall(b"a\x85b\xa0c d"))
print(re.sub(rb"(\w+)", rb"<\1>", b"hi there"), re.subn(b"x", b"", b"xaxbx"))
try:
    re.compile(rb"\u0041")
except re.error as e:
    print(e)
try:
    re.compile(rb"(?u)x")
except re.error as e:
    print(e)
