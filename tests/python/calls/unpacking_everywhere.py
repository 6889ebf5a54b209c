# Star unpacking in literals, assignments, for loops and calls.

a = [1, 2]
b = (3, 4)
c = {"x": 1}
print([*a, *b], (*a, 0), {*a, *b}, {**c, "y": 2}, [*"hi", *range(2)], [*c])
first, *middle, last = range(6)
print(first, middle, last)
(x, y), [z, *w] = (1, 2), [3, 4, 5]
print(x, y, z, w)
for i, (name, *scores) in enumerate([("ann", 1, 2), ("bob", 3)]):
    print(i, name, scores)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v, end="; ")
print()
head, *_ = "hello"
*_, tail = "world"
print(head, tail)
matrix = [[1, 2, 3], [4, 5, 6]]
print([*zip(*matrix)], list(map(sum, zip(*matrix))), max(*a), print(*b, sep="|") or "printed")
merged = {**{"a": 1, "b": 2}, **{"b": 3}, "c": 4}
print(merged, dict(**{"k": 1}, j=2))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    *p, q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 7
except TypeError as e:
    print("TypeError:", e)
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
nums = list(range(10))
evens, odds = nums[::2], nums[1::2]
print(evens, odds, [*evens, *odds] == sorted(nums, key=lambda n: (n % 2, n)))
pairs = [(1, "one"), (2, "two")]
nums2, words = map(list, zip(*pairs))
print(nums2, words)
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **c, **{"z": 0}), f(*[], **{}))
print(*[f"{n:>3}" for n in range(3)])
