"""Text statistics: word frequencies, n-grams, sentence lengths and a histogram."""
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us!
Were we all going direct to Heaven? We were all going direct the other way."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), "words,", len(freq), "distinct")
for word, n in freq.most_common(8):
    print(f"{word:>10} {n:>3} {'#' * n}")
bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) + f"={n}" for b, n in bigrams.most_common(4)])
sentences = [s.strip() for s in re.split(r"[.!?]+", TEXT) if s.strip()]
lengths = [len(s.split()) for s in sentences]
print(len(sentences), lengths, f"avg {sum(lengths) / len(lengths):.2f}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
top = letters.most_common(5)
print(top, sum(letters.values()))
longest = max(words, key=lambda w: (len(w), w))
print("longest:", longest, "| first capitalised:", re.findall(r"\b[A-Z][a-z]+", TEXT)[:6])
caps = sum(1 for w in TEXT.split() if w[0].isupper())
print("capitalised words:", caps, "| unique ratio:", round(len(freq) / len(words), 3))
print(" ".join(w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]))
