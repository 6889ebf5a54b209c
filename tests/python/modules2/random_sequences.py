import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], [random.randrange(5, 50, 5) for _ in range(5)])
print(random.randrange(-10, 10), random.randrange(0, 100, 7), random.randrange(10 ** 20))
print([random.choice("abcdef") for _ in range(8)], random.choice([[1], (2,), "3"]))
print([round(random.uniform(-1, 1), 6) for _ in range(4)], random.uniform(5, 5))
print([random.getrandbits(n) for n in (1, 8, 31, 32, 33, 64, 100)])
print(random.getrandbits(0))
deck = list(range(1, 14))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(deck, k=len(deck)))
print(random.choices("xyz", k=6))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=8))
print([round(random.gauss(0, 1), 10) for _ in range(4)])
print([round(random.gauss(100, 15), 8) for _ in range(3)])
print(round(random.normalvariate(0, 1), 10), round(random.expovariate(2), 10), round(random.triangular(0, 10, 3), 10))
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(2.5, 1), 10), round(random.lognormvariate(0, 1), 10))
print(round(random.vonmisesvariate(1, 2), 10), round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(0, 99) for _ in range(6)] == [r2.randint(0, 99) for _ in range(6)], r1.random())
for call in (lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.choice([]),
             lambda: random.sample([1, 2], 3), lambda: random.randint(3, 1), lambda: random.randrange(1, 10, 0),
             lambda: random.choices("ab", weights=[1], k=2), lambda: random.getrandbits(-1)):
    try:
        print(call())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
