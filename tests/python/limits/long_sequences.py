# Very long strings and lists: building, slicing, joining, sorting and searching at scale.

s = "abc" * 1_000_000
print(len(s), s[-5:], s.count("ca"), s.find("cab", 2_000_000), s[::1_000_001])
big = "x" * 10_000_000
print(len(big), big[5_000_000:5_000_003], len(big + big[:10]), big.startswith("xxx"))
parts = [str(i) for i in range(200_000)]
joined = ",".join(parts)
print(len(joined), joined[:20], joined[-20:], len(joined.split(",")))
lst = list(range(2_000_000))
print(len(lst), sum(lst), lst[-1], lst[1_000_000:1_000_003], lst.index(1_999_999))
lst.reverse()
print(lst[:3], sorted(lst[:5]), max(lst), min(lst))
words = ["w%06d" % ((i * 7919) % 300_000) for i in range(300_000)]
words.sort()
print(words[:3], words[-1], len(set(words)))
nested = [[i] * 3 for i in range(100_000)]
flat = [x for row in nested for x in row]
print(len(flat), flat[-4:], sum(flat) % 1000)
d = {i: str(i) for i in range(500_000)}
print(len(d), d[499_999], sum(1 for k in d if k % 100_000 == 0))
rep = [0] * 5_000_000
rep[-1] = 1
print(len(rep), rep.count(1), rep.index(1))
text = ("lorem ipsum dolor sit amet " * 100_000).split()
freq = {}
for w in text:
    freq[w] = freq.get(w, 0) + 1
print(len(text), sorted(freq.items()))
b = bytes(range(256)) * 40_000
print(len(b), b[-1], b.count(b"\x00"), bytearray(b)[:4])
t = tuple(range(1_000_000))
print(len(t), t[500_000], t[-2:], hash(t) == hash(tuple(range(1_000_000))))
