"""Parsing access-log style lines with compiled patterns: repeats of classes, negated
literals and dots that must give back characters when the rest fails, searches that
start from a first character or a class, and the str/non-BMP subjects they run on."""
import re

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>[^ "]+) HTTP/(?P<ver>\d\.\d)" (?P<status>\d{3}) (?P<size>\d+|-) '
    r'"(?P<agent>[^"]*)"')

lines = [
    '10.0.1.2 - alice [12/Mar/2024:10:00:01 +0000] "GET /api/items/17 HTTP/1.1" 200 512 "curl/8.1.2"',
    '10.0.1.3 - - [12/Mar/2024:10:00:02 +0000] "POST /search?q=red&page=2 HTTP/1.0" 204 - ""',
    '# rotated log marker 97',
    '10.0.1.4 - bob [bad] "PUT / HTTP/2.0" 301 0 "Wget/1.21.3 (linux)"',
    '10.0.1.5 - carol [12/Mar/2024] "get / HTTP/1.1" 200 1 "x"',
    '10.0.1.6 - dave [t] "GET /caf\xe9/\u4e2d/\U0001f600 HTTP/1.1" 200 7 "\U0001d518 agent"',
]
for line in lines:
    m = LINE.match(line)
    if m is None:
        print("no match:", line[:30])
        continue
    d = m.groupdict()
    print(sorted(d.items()))
    print(" span", m.span("path"), m.lastgroup, m.lastindex)

# greedy repeats that have to give back characters
print(re.match(r"(a+)(a+)b", "aaaaab").groups())
print(re.match(r"([^,]*),([^,]*),(.*)$", "x,,y,z").groups())
print(re.match(r"(.*)-(.*)", "a-b-c-d").groups())
print(re.match(r"(x*)(x*?)x$", "xxxx").groups())
print(re.match(r"([ab]*)(b)", "abab").groups())
print(re.match(r"(\w+)\s(\w+)", "hello   world") )
print(re.match(r"(\w+)\s+(\w+)", "hello \t world").groups())
print(re.match(r"(-*)(-)", "----").groups())
print(re.match(r"(.*)", "line one\nline two").group(1))
print(re.match(r"(?s)(.*)", "line one\nline two").group(1))
print(re.fullmatch(r"[^\]]+\]", "abc]"), re.fullmatch(r"[^\]]+\]", "abc]]"))

# searches with a first class or literal
ID = re.compile(r"/(\d+)(?=/|$)")
QUERY = re.compile(r"[?&](\w+)=([^&]*)")
IP_MASK = re.compile(r"\.\d+\.\d+$")
for path in ["/api/users/42/orders", "/static/app.7.js", "/search?q=shoe&page=3&x=", "/x/9999", "/\U0001f600/12"]:
    print(path, ID.findall(path), QUERY.findall(path), ID.sub(lambda g: "/{id}", path),
          ID.sub(r"/<\1>", path))
for ip in ["10.2.33.4", "10.2.33", "1.2.3.4.5", "\u4e2d.1.2"]:
    print(ip, IP_MASK.sub(".x.x", ip), IP_MASK.search(ip))
print(re.findall(r"q=(\w+)", "a?q=red&b q=blue q= q=x_y9"))
print(re.findall(r"\d+", "ab12cd345ef6"), re.findall(r"[A-Z][a-z]+", "HelloWorld AndMore"))
print(re.findall(r"e", "\U0001f600e\u4e2de"), re.search(r"z", "abc"))
print(re.search(r"[xyz]", "abc\U0001f600y").span())
print(re.split(r"[,;]\s*", "a, b;c;  d"), re.sub(r"\s+", " ", "  a \t\n b  "))
print(re.sub(r"(?P<word>[a-z]+)", r"<\g<word>>", "one two 3"), re.subn(r"o", "0", "foo boo"))
print(re.findall(r"[^aeiou\s]+", "programming is fun"))
print(re.findall(r"(?i)[^A-Z]+", "abcDEF123ghi"))
