"""Counting words several ways and ranking them with sorted(key=...): tuple keys, reverse
stability, keys of user classes with __lt__, str subclasses as dict keys, a __missing__ dict."""
import random
from collections import Counter, defaultdict


class Tally(dict):
    def __missing__(self, key):
        return 0


class Folded(str):
    """A word that compares and hashes without regard to case."""

    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    def __hash__(self):
        return hash(str.lower(self))

    def __lt__(self, other):
        return str.lower(self) < str.lower(other)


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%s)" % self.text


def make_text(rng, lines):
    words = ["alpha", "Beta", "gamma", "delta", "ALPHA", "beta", "eps", "zeta", "\U0001F600x", "\u00e9t\u00e9"]
    out = []
    for _ in range(lines):
        out.append(" ".join(rng.choice(words) + rng.choice(["", ",", "."]) for _ in range(rng.randint(3, 9))))
    return "\n".join(out)


def count_get(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(",.").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def count_missing(text):
    counts = Tally()
    for word in text.split():
        counts[word.strip(",.")] += 1
    return counts


def count_default(text):
    counts = defaultdict(int)
    for word in text.split():
        counts[Folded(word.strip(",."))] += 1
    return counts


def ranked(counts):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def main():
    rng = random.Random(7)
    text = make_text(rng, 400)
    by_get = count_get(text)
    assert by_get == dict(Counter(w.strip(",.").lower() for w in text.split()))
    print("get", ranked(by_get))
    plain = count_missing(text)
    print("missing", ranked(plain)[:6], plain["nothing"], "nothing" in plain)
    folded = count_default(text)
    print("folded", len(folded), sorted((str(k), v) for k, v in folded.items()))
    print("folded lookup", folded[Folded("ALPHA")], folded[Folded("beta")], "alpha" in folded)
    # stability: equal keys keep their order, also when reversed
    pairs = [(w, i) for i, w in enumerate(text.split()[:40])]
    print("by length", [p for p in sorted(pairs, key=lambda p: len(p[0]))][:12])
    print("by length reversed", sorted(pairs, key=lambda p: len(p[0]), reverse=True)[:12])
    print("folded sort", sorted([Folded("b"), Folded("A"), Folded("a"), Folded("C"), Folded("B")]))
    versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "1.10"]]
    print("versions", sorted(versions), max(versions), min(versions))
    # ints: small, big, negative, bools mixed in; floats mixed with ints
    nums = [rng.randint(-10 ** 6, 10 ** 6) for _ in range(300)] + [3 ** 80, -(2 ** 70), True, False]
    s = sorted(nums)
    print("ints", s[:4], s[-3:], all(a <= b for a, b in zip(s, s[1:])))
    mixed = [rng.random() * 100 for _ in range(50)] + list(range(0, 100, 7))
    m = sorted(mixed, reverse=True)
    print("mixed", [round(x, 3) for x in m[:5]], all(a >= b for a, b in zip(m, m[1:])))
    # tuples of different lengths and tuple keys that tie all the way
    print("tuples", sorted([(1, "b"), (1,), (0, "z", 1), (1, "a", 0), (1, "a"), ()]))
    words = text.split()
    for rounds in range(3):
        ordered = sorted(words, key=lambda w: (len(w), w.lower()))
        words.reverse()
        print("round", rounds, ordered[:3], ordered[-2:])
    already = sorted(range(1000))
    print("presorted", sorted(already) == already, sorted(already, reverse=True)[:3])
    data = list(range(20))
    data.sort(key=lambda v: v % 3)
    print("list.sort", data)
    for bad in ([1, "a"], [3, 2, None], [(1, 2), (1, "x")]):
        try:
            sorted(bad)
        except TypeError as e:
            print("TypeError", e)
    calls = []

    def key(v):
        calls.append(v)
        return -v

    print("key once each", sorted([5, 1, 4], key=key), calls)


main()
