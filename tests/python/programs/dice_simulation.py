"""A seeded Monte Carlo simulation: dice games, a random walk and a shuffled tournament."""
import random
from collections import Counter

rng = random.Random(2024)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(6000))
for total in range(2, 13):
    print(f"{total:>2} {rolls[total]:>4} {'*' * (rolls[total] // 40)}")


def craps(r):
    first = r.randint(1, 6) + r.randint(1, 6)
    if first in (7, 11):
        return True
    if first in (2, 3, 12):
        return False
    while True:
        roll = r.randint(1, 6) + r.randint(1, 6)
        if roll == first:
            return True
        if roll == 7:
            return False


wins = sum(craps(rng) for _ in range(2000))
print("craps wins:", wins, f"{wins / 2000:.3f}")
pos, visits = 0, Counter()
for _ in range(1000):
    pos += rng.choice((-1, 1))
    visits[pos] += 1
print("walk end:", pos, "most visited:", visits.most_common(3), "range:", min(visits), max(visits))
teams = ["Ants", "Bees", "Cats", "Dogs", "Eels", "Foxes", "Gnus", "Hens"]
rng.shuffle(teams)
round_no = 1
while len(teams) > 1:
    winners = []
    for a, b in zip(teams[::2], teams[1::2]):
        w = a if rng.random() < 0.5 else b
        winners.append(w)
        print(f"round {round_no}: {a} vs {b} -> {w}")
    teams = winners
    round_no += 1
print("champion:", teams[0])
sample = rng.sample(range(1, 50), 6)
print("lottery:", sorted(sample), "bonus:", rng.choice([n for n in range(1, 50) if n not in sample]))
weights = {"common": 70, "rare": 25, "epic": 5}
loot = Counter(rng.choices(list(weights), weights=list(weights.values()), k=500))
print("loot:", sorted(loot.items()), "gauss:", round(rng.gauss(10, 2), 6), "uniform:", round(rng.uniform(0, 1), 6))
