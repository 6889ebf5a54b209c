# Strings built, sliced and formatted in hot loops, with types of pieces changing.
parts = []
for i in range(3000):
    if i % 3 == 0:
        parts.append(str(i))
    elif i % 3 == 1:
        parts.append(f"<{i:04x}>")
    else:
        parts.append("%s-%d" % ("n", i))
s = "".join(parts)
print(len(s), s[:40], s[-20:])
acc = ""
for i in range(2000):
    acc += chr(65 + i % 26)
    if len(acc) > 50:
        acc = acc[10:]
print(acc)
words = s.replace("<", " ").replace(">", " ").split()
print(len(words), words[5:8], max(words, key=len))
print("|".join(w.upper() for w in words[:5]), "{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
