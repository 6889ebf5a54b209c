TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, count in top:
    print(f"{word:<12}{count:>3} {'#' * count}")
print(len(words), len(freq), sum(freq.values()))
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(" ".join(w.capitalize() for w in "hello big world".split()))
caesar = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
enc = caesar("attack at dawn!", 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]])
csv = "name,age,city\nAda,36,London\nAlan,41,Wilmslow\nGrace,85,Arlington"
header, *rows = [line.split(",") for line in csv.splitlines()]
records = [dict(zip(header, r)) for r in rows]
for r in sorted(records, key=lambda r: int(r["age"])):
    print("{name:>6} | {age:>3} | {city}".format(**r))
print(sum(int(r["age"]) for r in records) / len(records))
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print(vowels, TEXT.count("it was"), TEXT.find("wisdom"), TEXT.upper()[:11])
table = str.maketrans("abc", "xyz") if hasattr(str, "maketrans") else None
print("%-10s|%10s|" % ("left", "right"), "%08.3f" % 3.14159, "%+.2e" % 12345.6789)
print("tab\tseparated".expandtabs(4) if hasattr(str, "expandtabs") else "tab separated")
