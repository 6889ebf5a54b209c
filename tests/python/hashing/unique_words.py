# A small text tool: vocabulary per paragraph and what paragraphs share, printed as sets
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.

It was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us.

We were all going direct to Heaven, we were all going direct the other way, in short,
the period was so far like the present period."""


def words_of(paragraph):
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in paragraph)
    return set(cleaned.split())


paragraphs = [words_of(p) for p in text.split("\n\n")]
for i, vocab in enumerate(paragraphs):
    print(i, len(vocab), vocab)

common = paragraphs[0] & paragraphs[1] & paragraphs[2]
print("common:", common)
print("only first:", paragraphs[0] - paragraphs[1] - paragraphs[2])
print("any:", len(set().union(*paragraphs)))
print("first xor second:", paragraphs[0] ^ paragraphs[1])

stop = frozenset({"the", "of", "it", "was", "we", "a", "to", "in", "all", "so"})
content = [v - stop for v in paragraphs]
print(content)

index = {}
for i, vocab in enumerate(paragraphs):
    for w in vocab:
        index.setdefault(len(w), set()).add(w)
for length in sorted(index):
    print(length, index[length])

seen = set()
dupes = set()
for w in text.lower().split():
    w = w.strip(".,")
    if w in seen:
        dupes.add(w)
    seen.add(w)
print(dupes)
print({w[0] for w in seen}, {len(w) for w in seen})
