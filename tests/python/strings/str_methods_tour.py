"""A tour of str methods the way text-processing code uses them."""

samples = ["  Hello, World!  ", "snake_case_name", "CamelCaseName", "tab\tseparated\tvalues",
           "line one\nline two\r\nline three", "ärger über öl, café", "", "   ", "a,b,,c,", "x" * 3]


def show(label, value):
    print(f"{label:<14} {value!r}")


for s in samples:
    print("=" * 10, repr(s))
    show("strip", s.strip())
    show("lstrip/rstrip", (s.lstrip(), s.rstrip()))
    show("upper/lower", (s.upper(), s.lower()))
    show("title", s.title())
    show("capitalize", s.capitalize())
    show("swapcase", s.swapcase())
    show("casefold", s.casefold())
    show("split", s.split())
    show("split(',')", s.split(","))
    show("rsplit(,1)", s.rsplit(",", 1))
    show("splitlines", s.splitlines())
    show("keepends", s.splitlines(True))
    show("partition", s.partition(","))
    show("rpartition", s.rpartition("e"))
    show("expandtabs", s.expandtabs(4))
    show("center", s.center(21, "*"))
    show("ljust/rjust", (s.ljust(18, "."), s.rjust(18, ".")))
    show("zfill", s.zfill(12))
    show("count('e')", s.count("e"))
    show("find/rfind", (s.find("e"), s.rfind("e"), s.find("e", 3, 9)))
    show("startswith", (s.startswith(("  ", "sn")), s.endswith(("!  ", "e"))))
    show("predicates", (s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
                         s.isidentifier(), s.isprintable(), s.isascii()))
    show("removeprefix", (s.removeprefix("  "), s.removesuffix(",")))
    show("replace", (s.replace("e", "E"), s.replace("e", "E", 1)))

table = str.maketrans({"a": "4", "e": "3", "o": None})
print("leet speak over the ocean".translate(table))
print(str.maketrans("abc", "xyz", "d"))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")))
for text in ["ab", "ab", "abc"]:
    print(text.encode("utf-8"), text.index("b"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("%-6s|%6.2f|%03d|%x|%o|%e" % ("ab", 3.14159, 7, 255, 8, 12345.678))
