# set and frozenset algebra with numbers and tuples, and the mutation methods.

evens = set(range(0, 20, 2))
threes = {n for n in range(20) if n % 3 == 0}
print(evens, threes)
print(evens & threes, evens | threes, evens - threes, evens ^ threes)
print(evens.intersection(threes, range(10)), evens.union([100], (101,)), evens.difference(range(10)))
print(evens.issubset(range(20)), {0, 6} <= evens, {0, 6} < {0, 6}, evens >= {2}, evens.isdisjoint({1, 3}))
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s, len(s), 2 in s, 3 not in s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
s |= {9, 8}
s &= {1, 2, 9, 8, 7}
s -= {8}
s ^= {2, 5}
print(sorted(s), s.pop() in {1, 5, 9}, len(s))
s.update([30, 31], {32})
s.intersection_update(range(31))
print(s)
s.difference_update({30})
s.symmetric_difference_update({0, 1})
print(s, set(), frozenset(), repr(set([1])), frozenset([2, 1]))
fs = frozenset({(0, 0), (0, 1), (1, 0)})
print(fs | {(1, 1)}, type(fs | {(1, 1)}).__name__, type({(1, 1)} | fs).__name__, hash(fs) == hash(frozenset(fs)))
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(groups, {1, 2} == frozenset({2, 1}), {1} in [frozenset({1})])
seen = set()
dupes = []
for n in [4, 1, 4, 2, 1, 4, 5]:
    if n in seen:
        dupes.append(n)
    seen.add(n)
print(seen, dupes, sorted(set(dupes)))
print({1, 2, 3} == {3, 2, 1}, {1.0, 1, True}, {-1, -2, 7, 1000, 33, 64}, set(range(40, 30, -2)))
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(sorted(grid), len(grid), max(grid), (1, 1) in grid)
print(set("mississippi") == {"m", "i", "s", "p"}, len(set("mississippi")), sorted(set("mississippi")))
print(sorted({5, -3, 12, 0}), min({4, 2, 8}), sum({1, 2, 3}), any(set()), all(set()))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
print({1, 2}.__len__(), set([1, 2]).copy(), frozenset(range(3)).union([7]))
