# Calls of every shape and container building in hot code.
def kw(a, b=2, *rest, c=3, **extra):
    return a + b + len(rest) + c + len(extra)


total = 0
for i in range(3000):
    total += kw(i)
    total += kw(i, 1, 2, 3, c=4, d=5)
    total += kw(*[i, 1], **{"c": 0})
print(total)

words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for i in range(3000):
    w = words[i % len(words)]
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))
print({k: v for k, v in freq.items() if v > 400})
print(f"{total:,} {len(freq)!r:>5} {3.14159:.2f}")
pairs = [(a, b) for a in range(40) for b in range(40) if (a * b) % 97 == 1]
print(pairs[:5], len(pairs))
s = set()
for i in range(3000):
    s.add(i % 37)
print(len(s), sorted(s)[:5])
a, *mid, z = range(10)
print(a, mid, z)
matrix = [[i * j for j in range(5)] for i in range(5)]
print([row[::-1] for row in matrix][2], matrix[1:3])
