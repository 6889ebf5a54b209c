"""random.Random subclasses overriding random() or getrandbits(), SystemRandom, seed version 1."""
import random


class Fixed(random.Random):
    """Always the same 'random' number: every method derives its result from it."""

    def __init__(self, value):
        super().__init__()
        self.value = value

    def random(self):
        return self.value


f = Fixed(0.5)
print(f.random(), f.choice("abcde"), f.randint(1, 10), f.randrange(0, 100, 5), f.uniform(10, 20))
print(isinstance(f, random.Random), type(f).__name__, f.value)
deck = list(range(8))
f.shuffle(deck)
print(deck, f.sample(range(20), 4))
f.value = 0.999
print(f.choice("abcde"), f.randint(1, 10), f.choices("xyz", k=3))


class Counter(random.Random):
    """Counts calls to random() and delegates to the Mersenne Twister."""

    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def random(self):
        self.calls += 1
        return super().random()


c = Counter(42)
print([round(c.random(), 6) for _ in range(3)], c.calls)
print(c.randint(1, 6), c.calls, c.gauss(0, 1) != 0, c.calls)
plain = random.Random(42)
print(round(plain.random(), 6), Counter(42).random() == random.Random(42).random())


class Bits(random.Random):
    """Integer choices come from getrandbits when a class defines it."""

    def getrandbits(self, k):
        return (1 << (k - 1)) - 1 if k else 0


b = Bits(1)
print(b.randrange(6), b.randint(0, 3), b.choice([10, 20, 30, 40, 50, 60, 70]))

sr = random.SystemRandom()
values = [sr.random() for _ in range(100)]
print(all(0.0 <= v < 1.0 for v in values), 1 <= sr.randint(1, 6) <= 6, len(set(values)) > 90)
print(sr.getrandbits(16) < 2 ** 16, sr.choice("abc") in "abc", isinstance(sr, random.Random))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sr.seed(1))

for seed in ["abc", b"abc", "", "hello world", 12345]:
    random.seed(seed, version=1)
    print(repr(seed), random.random(), random.randint(1, 100))
random.seed("abc", version=2)
print(random.random())
