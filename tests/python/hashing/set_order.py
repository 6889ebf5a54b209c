# Sets print in CPython's table order: strings (fixed hash seed), ints, tuples, after removals
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"}
print(fruits)
print(len(fruits), "kiwi" in fruits, "fig" in fruits)

basket = set()
for word in "the cat sat on the mat with the hat and the bat".split():
    basket.add(word)
print(basket)
basket.discard("the")
basket.remove("cat")
print(basket)
basket.add("dog")
basket.add("the")
print(basket)

numbers = {n * 7 % 23 for n in range(40)}
print(numbers)
print({-1, -2, 0, 8, 16, 24, 1 << 40, -(1 << 40)})
print(set(range(0, 200, 9)))

pairs = {(x, y) for x in range(3) for y in "ab"}
print(pairs)
mixed = {1, 2.5, "two", (3, "four"), b"five", frozenset({6}), True, 0.0}
print(mixed)

letters = set("mississippi")
print(letters, frozenset("abracadabra"))
print(set({"k1": 1, "k2": 2, "k3": 3}), set(["x", "y", "x", "z"]), set(("p", "q")))

a = {"red", "green", "blue", "yellow", "cyan", "magenta"}
b = {"green", "cyan", "black", "white", "red"}
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
print(b - a, b ^ a, b & a)
print(a.union(["orange", "red"], ("purple",)))
print(a.intersection(["cyan", "blue", "nope"]))
print(a.difference(["red"], {"blue"}))
print(a.symmetric_difference(["red", "grey"]))
print(a.issubset(a | b), a.issuperset({"red"}), a.isdisjoint({"black"}))

c = set(a)
c |= {"teal", "navy"}
print(c)
c &= {"teal", "navy", "red", "gold"}
print(c)
c -= {"navy"}
print(c)
c ^= {"red", "silver"}
print(c)
c.update("xyz", ["w"])
print(c)
c.intersection_update("xyzw", {"x", "y", "w", "q"})
print(c)
c.difference_update({"y"})
c.symmetric_difference_update({"x", "v"})
print(c)

s = set("abcdefghijklmnop")
popped = [s.pop() for _ in range(5)]
print(popped, s)
s.clear()
s.add("again")
print(s, s.pop(), s)

removed = set(range(100))
for i in range(0, 100, 3):
    removed.discard(i)
for i in range(200, 210):
    removed.add(i)
print(removed)

words = set()
for i in range(60):
    words.add("w%d" % i)
    if i % 4 == 0:
        words.discard("w%d" % (i // 2))
print(words)
print(frozenset(words) == words, sorted(words)[:5])
print(frozenset({frozenset({1, 2}), frozenset({"a"})}))
print(repr(set()), repr(frozenset()), {()}, {("",)})
