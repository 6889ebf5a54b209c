"""Case mappings that turn one character into several, final sigma, and case-insensitive
comparison with casefold."""
words = ["straße", "STRASSE", "ﬁnance", "ﬂow", "ŉ", "ǰ", "ΐ", "ᾳ", "ᾲ", "ǆemal", "ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ.",
         "Σ", "aΣb", "ΑΣ\u0301", "ΣΑΣ", "İstanbul", "ﬃ", "Ꭰꭰ", "µ", "ſ", "hello world",
         "they're bill's friends", "ǅungla", "ßa", "Éclair à la CRÈME"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()), len(w.upper()))


def same_text(a, b):
    return a.casefold() == b.casefold()


pairs = [("Straße", "STRASSE"), ("ﬁle", "FILE"), ("Ὀδυσσεύς", "ὈΔΥΣΣΕΎΣ"), ("µ", "μ"), ("σ", "ς"),
         ("İ", "i")]
for a, b in pairs:
    print(a, b, same_text(a, b), a.lower() == b.lower())
names = ["émile", "Zoë", "straße", "Strasse", "ǆ", "Ärger", "apple"]
print(sorted(names, key=str.casefold))
print("ß".upper().lower(), "ﬁ".upper(), "ﬁ".title(), "ß".title(), "ß".capitalize())
