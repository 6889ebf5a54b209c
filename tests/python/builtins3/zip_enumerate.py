names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ("Oslo", "Rome", "Lima", "Pune")
print(list(zip(names, ages)))
print(list(zip(names, ages, cities)))
print(list(zip()), list(zip(names)))
print(dict(zip(names, ages)))
try:
    list(zip(names, cities, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(cities, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(names, ages, cities, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(names, ages, strict=True)))
z = zip(names, ages, strict=True)
print(next(z), next(z))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
it = iter(range(10))
print(list(zip(it, it)))
print(list(enumerate("abc")))
print(list(enumerate("abc", start=10)), list(enumerate("ab", -2)))
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(f"{i}. {n} is {a}")
e = enumerate(["x", "y"])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("exhausted")
print(type(zip()).__name__, type(enumerate([])).__name__)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print("TypeError:", e)
big = enumerate(range(3), 2 ** 70)
print(list(big))


def gen():
    for i in range(5):
        print("  gen yields", i)
        yield i


print(list(zip(gen(), "ab")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [5, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(int, "123")
print(next(m), list(m), list(m))
try:
    map(int)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed((1, 2))))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(reversed(Seq())), list(Seq()))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
