# String methods beyond the basics: partition, splitting rules, case, tests, translation.

s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(True), "".split(","), "".split())
print("hello world".title(), "HeLLo".swapcase(), "ß".upper(), "ǅ".lower(), "hello".capitalize(), "ŉ".upper())
print("straße".casefold(), "Straße".casefold() == "STRASSE".casefold())
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+x".zfill(4))
print("tab\tsep\tcols".expandtabs(4), "a\tb".expandtabs(), "12\t3".expandtabs(2))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal())
print("  ".isspace(), "Title Case".istitle(), "lower".islower(), "UPPER1".isupper(), "_id1".isidentifier(), "1a".isidentifier())
print("héllo".isascii(), "hello".isascii(), "\x7f".isprintable(), "ok".isprintable())
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}), "banana".count("an"), "banana".count("a", 2), "banana".find("na", 3), "banana".rfind("na"))
print("banana".index("n"), "banana".rindex("n"), "banana".replace("a", "o", 2), "banana".startswith(("x", "ba")))
print("report.txt".endswith((".csv", ".txt")), "report.txt".removesuffix(".txt"), "v1.2".removeprefix("v"))
try:
    "banana".index("z")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(4)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("%s|%5s|%-5s|" % ("a", "b", "c"), "abc"[::-1], "abcdef"[1:5:2], "abc" * 3, 3 * "-")
print("😀 smile"[0], len("😀 smile"), "naïve".encode("utf-8"), "a😀b"[1:], ord("😀"), chr(0x1F600) == "😀")
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "A", "a"], key=str.lower))
print("a" < "b" < "ba", "Z" < "a", "abc" == "ab" + "c", "é" > "z", max("hello"), min("hello"))
print("The quick brown fox".split(" ", 2), "  a  b  ".split(" "), "k1:v1;k2:v2".split(";"))
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print("{}-{}".format(*"ab"), "x".join("123"), str(123).rjust(6, "0"), "A".lower().islower())
print("hello"[1], "hello"[-1], "hello"[10:], "hello"[-10:2], repr("it's"), repr('say "hi"'), repr("both ' \""))
print(repr("tab\there"), repr("nul\0"), repr("\u00e9\u200b\U0001f600"), ascii("é😀"), repr("\x1b[0m"))
for bad in (lambda: "abc"[5], lambda: "abc" + 1, lambda: "abc".foo, lambda: "a" * 2.0):
    try:
        bad()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
