import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 3)), next(it.count()))
print(list(it.islice(it.cycle("AB"), 5)), list(it.repeat("x", 3)), list(zip(range(3), it.repeat(0))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(5), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.filterfalse(None, [0, 1, "", "a"])))
for key, group in it.groupby("AAABBCAA"):
    print(key, "".join(group), end="; ")
print()
people = [("ann", "eng"), ("bob", "eng"), ("cy", "ops"), ("dee", "eng")]
print([(k, [n for n, _ in g]) for k, g in it.groupby(people, key=operator.itemgetter(1))])
print([(k, len(list(g))) for k, g in it.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1])])
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None, 2)))
print(list(it.islice(range(10), 0, 10, 3)), list(it.islice([], 3)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(operator.add, [("a", "b")])))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(list(a), list(b), next(c), list(c))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1], [2, 3], [4])))
print(list(it.pairwise("ABCDE")), list(it.pairwise([1])))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.product([1, 2], "xy")), list(it.product()), list(it.product([], [1])))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:5], len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)), len(list(it.combinations_with_replacement(range(5), 3))))
print(list(it.permutations([])), list(it.combinations([], 0)))
try:
    it.permutations("abc", -1)
except ValueError as e:
    print("ValueError:", e)
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
counter = it.count()
print([next(counter) for _ in range(3)], repr(it.count(5)), repr(it.count(2, 3)), repr(it.repeat(1, 2)))
print(list(map(operator.mul, range(5), it.repeat(10))))
squares = (i * i for i in it.count(1))
print(list(it.takewhile(lambda s: s < 60, squares)))
print(sum(1 for _ in it.combinations(range(10), 4)), list(it.islice(it.permutations("abcd"), 5, 8)))
