# Hot loops over text and bytes: building, searching and transforming with mixed str/bytes along the way.


def checksum(data):
    s = 0
    for b in data:
        s = (s * 33 + b) & 0xFFFFFFFF
    return s


text = "".join(chr(65 + (i * 7) % 26) for i in range(5000))
print(text[:20], checksum(text.encode()), checksum(bytearray(text, "ascii")))


def rle(s):
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


sample = "aaabccddddde" * 300 + "z"
encoded = rle(sample)
print(len(encoded), encoded[:24], encoded[-6:])
vowels = 0
for i, ch in enumerate("The quick brown fox jumps over the lazy dog" * 200):
    if ch in "aeiou":
        vowels += 1
    if i == 4000:
        ch = ch.upper()
print(vowels)
words = []
buf = ""
for ch in "alpha beta  gamma\tdelta\nepsilon " * 100:
    if ch.isspace():
        if buf:
            words.append(buf)
        buf = ""
    else:
        buf += ch
print(len(words), words[:5], sorted(set(words)))
acc = b""
for i in range(500):
    acc += bytes([i % 256])
print(len(acc), acc[-3:], acc.count(b"\x00"))
mixed = []
for i in range(600):
    piece = str(i) if i % 3 else str(i).encode()
    mixed.append(piece if isinstance(piece, str) else piece.decode())
print("".join(mixed)[-20:], len("".join(mixed)))
table = str.maketrans("abc", "xyz")
out = [w.translate(table).upper()[::-1] for w in ("abc", "cab", "hello") * 500]
print(out[:3], len(out), out.count("ZYX"))
