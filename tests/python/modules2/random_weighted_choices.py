"""Weighted random picks as a loot table and a survey simulator would make them: float, int and
mixed weights, cumulative weights, huge ints, and every error choices() reports."""
import random

rng = random.Random(7)
loot = ["common", "uncommon", "rare", "epic", "legendary"]
drop_rates = [60.0, 25.0, 10.0, 4.0, 1.0]
tally = {name: 0 for name in loot}
for _ in range(200):
    for item in rng.choices(loot, drop_rates, k=5):
        tally[item] += 1
print(tally)

letters = list("abcdefghij")
print(rng.choices(letters, [1.0 / (i + 1) for i in range(10)], k=12))
print(rng.choices(letters, list(range(10)), k=12))
print(rng.choices(letters, [1, 2, 3.5, 4, 0.25, 6, 7, 8, 9, 10], k=12))
print(rng.choices(letters, cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=12))
print(rng.choices(letters, cum_weights=[0.5 * i for i in range(1, 11)], k=12))
print(rng.choices(letters, [True, False] * 5, k=8))
print(rng.choices(letters, [2**60, 1, 1, 1, 1, 1, 1, 1, 1, 2**60], k=8))
print(rng.choices(letters, [2**52, 2**52, 1, 1, 1, 1, 1, 1, 1, 1], k=8))
print(rng.choices(letters, [10**30] + [1] * 9, k=5))
print(rng.choices(letters, [-1.0, 3.0] * 5, k=8))
print(rng.choices(range(5), (w for w in [1, 2, 3, 4, 5]), k=8))

for weights in ([0] * 10, [1] * 9, [float("inf")] + [1] * 9, [0.0] * 10, [1, float("nan")] * 5):
    try:
        print(rng.choices(letters, weights, k=3))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in (lambda: rng.choices([], [], k=3), lambda: rng.choices(letters, [1] * 10, cum_weights=[1] * 10),
             lambda: rng.choices(letters, 3)):
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(rng.random())
