people = [("alice", 31), ("bob", 25), ("carol", 31), ("dave", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(set(words)))
print(sorted([3.5, 1, 2.25, -1, 0]), sorted("hello"), sorted([[2, 1], [1, 2], [1]]))
data = [5, 2, 9, 1]
data.sort(key=lambda x: -x)
print(data)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
