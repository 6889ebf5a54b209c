# Text beyond ASCII: code points outside the BMP, combining marks, case mapping, widths of slices.

s = "naïve café 😀 日本語 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
print(len(s), s[6:10], s[11], s[-7:], s[::-1][:5], s.upper(), s.title())
print([ord(c) for c in "é😀"], chr(128512), "\U0001F600" == "😀", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print(s.find("😀"), s.index("日"), s.count("a"), "😀" in s, s.split(" "), s.encode("utf-8")[:12])
print(len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s, "😀".encode(), b"\xf0\x9f\x98\x80".decode())
combined = "e\u0301"
print(len(combined), combined == "é", repr(combined), combined.upper(), [hex(ord(c)) for c in combined])
print("ǅungla".lower(), "ǆ".upper(), "ß".upper(), "ﬁ".upper(), "İstanbul".lower() == "i̇stanbul", "Σίσυφος".upper())
print("ΑΒΓ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "straße" == "strasse", "straße".casefold() == "strasse".casefold())
print(sorted(["b", "a", "é", "z", "É", "😀", "A"]), max("aé😀"), min("aé😀"))
print("😀".isalpha(), "日".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), " ".isspace(), "\u2003".isspace(), "ǅ".istitle())
print("x😀y".center(9, "*"), "😀".ljust(3, "-"), f"{'😀':^5}|", "{:>4}".format("é"), "%-4s|" % "日本")
row = ["名前", "年齢", "city"]
print(" | ".join(row), [len(c) for c in row], "|".join(c.rjust(6) for c in row))
print(repr("tab\t😀\x00\u200b"), ascii("tab😀é"), str(b"\xe6\x97\xa5", "utf-8"), "a\u0000b".split("\x00"))
words = "über Äpfel öfter Zebra apfel".split()
print(sorted(words), sorted(words, key=str.casefold), [w.capitalize() for w in words])
text = "😀😃😄 smile"
print(text[1], text[1:3], text.replace("😃", ":)"), text.startswith("😀"), text.partition(" "), list(text[:3]))
print("".join(sorted(set("mississippi 😀😀"))), {c: text.count(c) for c in "😀s"}, "🙂".join(["a", "b"]))
