from operator import itemgetter, attrgetter

records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 3)]
print(sorted(records, key=itemgetter(1)))
print(sorted(records, key=itemgetter(1), reverse=True))
print(sorted(records, key=lambda r: -r[1]))
print(sorted(records))
print(sorted(records, reverse=True))
byname = sorted(records, key=itemgetter(0))
print(sorted(byname, key=itemgetter(1)))


class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return f"{self.name}/{self.dept}/{self.salary}"


emps = [Emp("ann", "eng", 120), Emp("bo", "ops", 90), Emp("cy", "eng", 100), Emp("di", "ops", 90),
        Emp("ed", "eng", 120)]
print(sorted(emps, key=attrgetter("dept", "salary")))
s = sorted(emps, key=attrgetter("salary"), reverse=True)
print(sorted(s, key=attrgetter("dept")))
lst = list(emps)
lst.sort(key=lambda e: e.salary)
print(lst)
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted("hello world"))
print(sorted({3: "a", 1: "b", 2: "c"}))
print(sorted({3: "a", 1: "b", 2: "c"}.items(), key=itemgetter(1)))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted([3.5, -1, 2, True, 0.0, False]))
print(sorted([], reverse=True), sorted(()), sorted(""))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(reverse=None)
except TypeError as e:
    print("TypeError:", e)
nums = [5, 2, 8, 1, 9, 3]
r = nums.sort()
print(r, nums)
nums.sort(reverse=True)
print(nums)
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, key=lambda v: v))
pairs = [(i % 5, i) for i in range(30)]
print(sorted(pairs, key=itemgetter(0))[:8])
print(sorted([[2, 1], [1, 9], [1, 2], [2]]))
print(sorted([None, None], key=lambda v: 0))
print(max(records, key=itemgetter(1)), min(records, key=itemgetter(1)))
