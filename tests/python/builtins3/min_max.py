print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 8, 1]), max([4, 8, 1]))
print(min("hello"), max("hello"))
print(min((1, 2), (1, 1)), max([[1, 2], [3]]))
print(min([], default="empty"), max((), default=None))
print(min([5], default=0), max([-1, -5], key=abs))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words, key=len), max(words, key=len))
print(min(words), max(words))
print(max(words, key=lambda w: (len(w), w)))
print(min(1, 2.0, True), max(0, False), max(False, 0))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 2]))
d = {"a": 3, "b": 7, "c": 5}
print(max(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda x: (x % 4, -x)))
print(min(iter([9, 4, 6])))
print(max(x * x for x in range(-5, 3)))
for args, kwargs in [((), {}), (([],), {}), ((1,), {}), ((1, 2), {"default": 0}),
                     (([1, 2],), {"bogus": 1}), ((["a", 1],), {})]:
    try:
        print(max(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __repr__(self):
        return f"V{self.s}"


vs = [Version("1.10"), Version("1.2"), Version("1.9.1"), Version("0.99")]
print(min(vs), max(vs))
print(max([Version("2.0"), Version("2.0")]) is not None)
a, b = Version("3.0"), Version("3.0")
print(max(a, b) is a, min(a, b) is a)
print(max(float("nan"), 1), max(1, float("nan")))
print(min([1, 2], key=None), max("abc", default="z"))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(sum(x for x in range(101)), sum([], 5), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([1.5, 2, True]), sum([10 ** 20, 1]), sum((complex(1, 1), 2)))
