import bisect

scores = [10, 20, 20, 30, 40]
for x in (5, 20, 25, 40, 50):
    print(x, bisect.bisect_left(scores, x), bisect.bisect_right(scores, x), bisect.bisect(scores, x))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_left(scores, 20, lo=3), bisect.bisect_right(scores, 30, 0, 2))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, v)
print(s)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5)
print(s)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(sc) for sc in (33, 99, 77, 70, 89, 90, 100)])
records = [("ann", 25), ("bob", 30), ("cy", 35), ("dee", 40)]
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 30)])
print(bisect.bisect_left(records, 32, key=lambda r: r[1]), bisect.bisect_right(records, 35, key=lambda r: r[1]))
rs = []
for r in [("x", 3), ("y", 1), ("z", 2)]:
    bisect.insort(rs, r, key=lambda t: t[1])
print(rs)
try:
    bisect.bisect_left([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
print(bisect.bisect_left([], 3), bisect.bisect_right(["a", "c"], "b"))


def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


def find_le(a, x):
    i = bisect.bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError("none")


print(index(scores, 30), find_le(scores, 35), find_le(scores, 10))
try:
    index(scores, 25)
except ValueError as e:
    print("ValueError:", e)
big = list(range(0, 10 ** 6, 3))
print(bisect.bisect_left(big, 299999), bisect.bisect_left(big, 300000), len(big))
