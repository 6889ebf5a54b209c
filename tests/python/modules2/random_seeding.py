import random

for seed in (0, 1, 42, -42, 2 ** 40, 10 ** 30, 3.5, "hello", "héllo", b"bytes", bytearray(b"ba"), "", True, None):
    r = random.Random(seed) if seed is not None else None
    if r is None:
        print("None seed: random, skipped")
        continue
    print(repr(seed), [r.randint(0, 1000) for _ in range(4)], round(r.random(), 12))
random.seed("same")
x = random.random()
random.seed("same")
print(x == random.random())
random.seed(5)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    random.seed({})
except TypeError as e:
    print("TypeError:", e)
random.seed(2024)
players = ["ann", "bob", "cy", "dee", "eve", "fay"]
random.shuffle(players)
teams = [players[i::2] for i in range(2)]
print(teams)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print({total: rolls.count(total) for total in range(2, 13)})
walk = 0
path = []
for _ in range(20):
    walk += random.choice((-1, 1))
    path.append(walk)
print(path)

d = random.Random(99)
print([d.randint(1, 6) for _ in range(10)], isinstance(d, random.Random))
random.seed(0)
print(random.sample(range(10 ** 9), 3), random.sample(set(range(3)) and [0, 1, 2], 2))
print(random.random.__self__.__class__.__name__ if hasattr(random.random, "__self__") else "Random")
