nums = [5, 3, 8, 1]
nums.append(7)
nums.extend([2, 2])
nums.insert(0, 9)
print(nums, len(nums), nums.count(2), nums.index(8))
nums.remove(2)
print(nums.pop(), nums.pop(0), nums)
nums.sort()
print(nums, sorted(nums, reverse=True), nums[::-1], nums[1:3])
nums.reverse()
print(nums, min(nums), max(nums), sum(nums), 8 in nums)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix])
copy = nums.copy()
copy.clear()
print(copy, nums == [8, 7, 5, 3, 2, 1], [1, 2] < [1, 3], [1, 2] * 2, [0] * 3)
del nums[1:3]
print(nums)
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), len(d), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d.setdefault("d", 4), d.setdefault("a", 100), d)
d.update({"e": 5}, f=6)
print(d, {k: v for k, v in d.items() if v % 2})
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v, end="; ")
print()
del d["a"]
print(d, dict(zip("xyz", range(3))), dict(a=1), dict([("p", 1)]), {**d, "z": 0})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
t = (1, 2, 3)
print(t, t[1], t + (4,), t * 2, (1,), (), len(t), t.index(2), t.count(3), tuple([1, 2]), t < (1, 3))
s = {3, 1, 2}
s.add(2)
s.add(4)
print(len(s), 4 in s, s == {1, 2, 3, 4}, sorted(s), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, set())
s.discard(10)
s.remove(1)
print(sorted(s), frozenset([1, 1, 2]) == frozenset({1, 2}), {1, 2} <= {1, 2, 3})
print(list(range(10, 0, -3)), range(5), range(1, 10, 2)[2], len(range(0, 100, 7)), list(range(3))[::-1])
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
for k in list(d):
    del d[k]
print(d)
d = {"a": 1}
for k, v in d.items():
    d[k] = v + 1
print(d)
