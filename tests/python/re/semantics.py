"""sre's backtracking semantics: group values, lastindex, lookarounds, empty matches."""
import re

CASES = [
    (r"(a)|b", "b"), (r"((a)b)", "ab"), (r"(a)(b)?", "a"), (r"(?:(a)x|ay)", "ay"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(.*?)(\d+)", "abc123"), (r"(a|b)*c", "ababc"),
    (r"(?:(a)|b)*", "ab"), (r"(?:(a)|(b))*", "ab"), (r"(a*)+", "b"), (r"(a*)*", "b"),
    (r"(x?)*y", "xxy"), (r"(a|b|)*c", "abac"), (r"(a)+(b)+", "aabb"), (r"((a)|b)+", "ab"),
    (r"(?:x(y)?)+", "xyx"), (r"(a)*?b", "aab"), (r"(a|aa)*?b", "aab"), (r"(|a)+", "a"),
    (r"(a|)+", "a"), (r"(a?)+?b", "ab"), (r"(a+?)(a*)", "aaa"), (r"(?=(\w+))", "abc"),
    (r"(?=.*\d)(?=.*[a-z]).{6,}", "abc123"), (r"(?!abc)\w+", "abd"), (r"\w+(?<=c)", "abcd"),
    (r"(?<=\$)\d+(\.\d\d)?", "$42.50"), (r"(?<![\d.])\d+", "1.5 22"), (r"(a)(?(1)b)", "ab"),
    (r"(?P<q>\")?\w+(?(q)\")", '"abc"'), (r"(?P<q>\")?\w+(?(q)\")", 'abc"'), (r"(a)?(?(1)b|c)", "c"),
    (r"(a)\1{2}", "aaa"), (r"(?i)(a)\1", "aA"), (r"(ab)*+b", "ababb"), (r"(?>ab|a)b", "ab"),
    (r"(?>a+)a", "aaa"), (r"a?+a", "a"), (r"\d*+\d", "123"), (r"[abc]{2,}+c", "abcc"),
    (r"(?:ab){2}", "ababab"), (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"a{,2}", "aaa"),
    (r"(a){0}", "a"), (r"(?:a|b)+?c", "ababc"), (r"$", "ab\n"), (r"a$", "a\n"), (r"\Aa\Z", "a\n"),
    (r"(?m)^b$", "a\nb\nc"), (r"(?s)a.b", "a\nb"), (r"a.b", "a\nb"), (r"\bfoo\b", "a foo."),
    (r"\Bo\B", "foo"), (r"x*", ""), (r"(x)*", "xx"), (r"(?:(?:a)(b))+", "abab"),
]
for pat, s in CASES:
    r = re.compile(pat)
    m = r.search(s)
    if m is None:
        print(f"{pat!r:32} {s!r:10} no match")
    else:
        print(f"{pat!r:32} {s!r:10} {m.group()!r} {m.groups()} lastindex={m.lastindex} span={m.span()}")

print(re.findall(r"\b\w", "the quick brown"))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.span() for m in re.finditer(r"\b", "ab cd")])
print(re.sub("", "-", "abc"), re.sub("b*", "-", "abc"), re.sub(r"(?=b)", "^", "abab"))
print(re.split("", "abc"), re.split(r"\b", "a b"), re.split(r"(?=[A-Z])", "oneTwoThree"))
print(re.findall(r"a|(b)", "ab"), re.findall(r"(a)(b)?", "aab"), re.findall(r"((a)b)?", "ab"))

# Deep and long inputs: the engine keeps its backtracking off the Java stack.
print(len(re.match("(a|b)*", "ab" * 50000).group()))
print(re.match(r"(?:a|ab)*c", "ab" * 20000 + "c").end())
print(re.match(r"(.)*", "x" * 100000).group(1))
print(re.search(r"(\w+\s?)*$", "word " * 2000).start())
print(re.fullmatch(r"(?:\d+,)*\d+", ",".join(str(i) for i in range(20000))) is not None)
print(re.match(r"((((((((((a))))))))))" * 3, "aaa").groups()[-1])
nested = "(" * 200 + "a" + ")" * 200
print(re.match(nested, "a").lastindex)
print(re.search(r"(a+)+b", "a" * 14) is None)
