# Sorting driven by compiled key functions and comparison methods that change between sorts.
import functools


class Rec:
    order = 1

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return (self.k < other.k) if Rec.order > 0 else (self.k > other.k)


recs = [Rec((i * 7919) % 1000) for i in range(1000)]
a = [r.k for r in sorted(recs)][:5]
Rec.order = -1
b = [r.k for r in sorted(recs)][:5]
print(a, b)
data = [(i * 31) % 97 for i in range(3000)]
print(sorted(data, key=lambda v: (v % 10, v))[:6])
print(sorted(data, key=functools.cmp_to_key(lambda x, y: y - x))[:3])
data.sort(reverse=True)
print(data[:3], data[-3:])
