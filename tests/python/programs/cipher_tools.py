"""Caesar and Vigenere ciphers, run-length encoding, and a brute-force Caesar cracker."""
import string
from collections import Counter
from itertools import cycle, groupby

ALPHA = string.ascii_lowercase


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.upper(), ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).upper())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    shifts = cycle(ALPHA.index(k) for k in key.lower())
    for ch in text:
        if ch.lower() in ALPHA:
            s = next(shifts)
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr(base + (ord(ch) - base + (-s if decrypt else s)) % 26))
        else:
            out.append(ch)
    return "".join(out)


def rle(text):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(text))


def unrle(code):
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


msg = "Attack at Dawn! Meet at the old mill, 7pm."
for shift in (1, 13, 25):
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, -shift % 26) == msg)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
for s in ("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", ""):
    code = rle(s)
    print(repr(code), unrle(code) == s)
english = "etaoinshrdlu"


def crack(cipher):
    best = None
    for shift in range(26):
        plain = caesar(cipher, -shift % 26)
        counts = Counter(c for c in plain.lower() if c in ALPHA)
        score = sum(counts[c] * (12 - i) for i, c in enumerate(english))
        if best is None or score > best[0]:
            best = (score, shift, plain)
    return best[1], best[2]


secret = caesar("the enemy knows the system and the key is kept secret", 11)
print(secret)
print(crack(secret))
print(caesar("xyz XYZ", 3), vigenere("", "key"), rle("a" * 12))
