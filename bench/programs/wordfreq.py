"""Word frequencies over generated text: string splitting, lower-casing, stripping,
dict counting, collections.Counter, sorting by count and key."""
import random
import sys
from collections import Counter

SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "shi", "vo", "el", "an", "qu", "ix", "or", "ul", "be"]
PUNCT = ["", "", "", "", ",", ".", ";", "!", "?"]


def make_vocabulary(rng, size):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    words = sorted(words)
    rng.shuffle(words)
    return words


def make_text(rng, vocab, lines, per_line):
    out = []
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    for _ in range(lines):
        words = rng.choices(vocab, weights, k=per_line)
        line = []
        for w in words:
            if rng.random() < 0.1:
                w = w.capitalize()
            line.append(w + rng.choice(PUNCT))
        out.append(" ".join(line))
    return "\n".join(out)


def count_dict(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(",.;!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_counter(text):
    return Counter(w.strip(",.;!?").lower() for w in text.split())


def bigrams(text):
    pairs = {}
    for line in text.splitlines():
        words = [w.strip(",.;!?").lower() for w in line.split()]
        for a, b in zip(words, words[1:]):
            key = a + " " + b
            pairs[key] = pairs.get(key, 0) + 1
    return pairs


def main(lines):
    rng = random.Random(12345)
    vocab = make_vocabulary(rng, 2000)
    text = make_text(rng, vocab, lines, 12)
    counts = count_dict(text)
    counter = count_counter(text)
    assert counts == dict(counter)
    pairs = bigrams(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    by_length = {}
    for w, c in counts.items():
        by_length[len(w)] = by_length.get(len(w), 0) + c
    checksum = sum(len(w) * c for w, c in counts.items()) % 1000003
    print("words %d distinct %d pairs %d checksum %d" % (sum(counts.values()), len(counts), len(pairs), checksum))
    print("top", " ".join("%s:%d" % kv for kv in top), "|", " ".join("%s:%d" % kv for kv in top_pairs))
    print("lengths", " ".join("%d:%d" % (k, by_length[k]) for k in sorted(by_length)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
