"""re.error messages and positions, as programs print them."""
import re

BAD = [
    "a**", "a++?", "(?P<a>x)(?P<a>y)", "(?P<a", "(?P<>x)", "(?P=a)", "(?Px)", "(?", "(?<x", "(?i",
    "(?i-", "(?-i)", "(?i-i:a)", "(?a)(?u)", "(?L)x", "[", "[a-", "[z-a]", "[\\d-z]", "a{3,2}",
    "(?(0)a)", "(?(x)b)", "(a)(?(1)b|c|d)", "\\1", "(a\\1)", "(?<=a+)b", "(?<!a|bc)x", "\\x4",
    "\\u12", "\\N{no such name}", "\\777", "\\k", "abc\\", ")", "(a))", "((a)", "a|*", "^*",
    "x(?i)y", "(?#unterminated", "(?P<1a>x)", "a{1,2}{3}", "(?<=(a)\\1)", "\\b*",
]
for pat in BAD:
    try:
        re.compile(pat)
        print(f"{pat!r}: compiled")
    except re.error as e:
        print(f"{pat!r}: {e}")
        print(f"    msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno} pattern={e.pattern == pat}")
    except ValueError as e:
        print(f"{pat!r}: ValueError: {e}")

# Multi-line verbose patterns report line and column.
try:
    re.compile("""
        (?P<year>\\d{4})   # year
        -(?P<month>\\d\\d
        """, re.X)
except re.error as e:
    print(e)
    print(e.lineno, e.colno)

for call, args in [(re.compile, ("a", re.LOCALE)), (re.compile, (b"a", re.UNICODE)),
                   (re.compile, ("a", re.ASCII | re.UNICODE)), (re.compile, (5,)),
                   (re.match, ("a", b"a")), (re.match, (b"a", "a")), (re.search, ("a", 42)),
                   (re.compile, (re.compile("a"), re.I))]:
    try:
        call(*args)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for repl in [r"\2", r"\g<2>", r"\g<x>", r"\g<1", r"\g", r"\q", "\\"]:
    try:
        print(repr(re.sub("(a)", repl, "a")))
    except re.error as e:
        print(f"{repl!r}: re.error: {e}")
    except IndexError as e:
        print(f"{repl!r}: IndexError: {e}")

m = re.match(r"(?P<k>\w+)=(\w+)?", "key=")
for g in [3, "nope", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print("group", repr(g), "->", e)
try:
    re.compile("x{99999999999}")
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(re.error("m"), Exception), re.error("m").pos, str(re.error("boom", "abc", 1)))
