import random

for seed in [0, 1, 42, 12345, -7, 2**32, 2**70 + 3, 'hello', b'bytes', '', 3.5, True]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)])
    print(' bits', random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33),
          random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
    print(' int', [random.randrange(10) for _ in range(8)], random.randint(1, 6), random.randrange(0, 100, 7),
          random.randrange(50, 0, -3), random.randrange(-10**30, 10**30), random.randint(-5, 5))
    seq = list(range(20))
    random.shuffle(seq)
    print(' seq', random.choice('abcdefg'), seq, random.sample(range(100), 5), random.sample('abcdef', 6))
    print(' big sample', random.sample(range(10**6), 8))
    print(' choices', random.choices('abc', k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5),
          random.choices('xyz', cum_weights=[0.5, 0.9, 1.0], k=4))
    print(' floats', random.uniform(1, 10), random.uniform(-2.5, 2.5), random.triangular(), random.triangular(0, 10, 2))
    print(' dists', random.gauss(0, 1), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5),
          random.expovariate(1.5))
    print(' bytes', random.randbytes(5))

r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice([1, 2, 3]))
r2 = random.Random('seed')
print(r2.random(), r2.getrandbits(16))
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
b = [r.random() for _ in range(5)]
print(a == b, len(state), state[0], len(state[1]), state[2])
r.gauss(); st = r.getstate(); g1 = r.gauss(); r.setstate(st); print(g1 == r.gauss())
print(random.sample([1, 2, 3, 4], k=2, counts=None), random.Random(7).sample(['a', 'b'], counts=[3, 2], k=4))
random.seed(99)
print([random.randrange(1, 1000) for _ in range(20)])
print(sum(random.random() for _ in range(10000)))
print(sorted(random.sample(range(1000), 50))[:10])

for e in ['random.randrange(0)', 'random.randrange(5, 2)', 'random.randrange(1, 5, 0)',
          'random.randrange(1, 5, -1)', 'random.choice([])', 'random.sample({1, 2}, 1)', 'random.sample([1], 2)',
          'random.getrandbits(-1)', 'random.choices([1], [1, 2])', 'random.choices([1], [0])', 'random.choices([1], 2)',
          'random.seed([1])', 'random.expovariate()', 'random.randrange(10, step=2)', 'random.randint(1)',
          'random.setstate((1, 2))', 'random.uniform(1)', 'random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2])',
          'random.Random(1, 2)']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)

for seed in [3, 2024]:
    rg = random.Random(seed)
    print([round(rg.gammavariate(a, 2.0), 9) for a in (0.5, 1.0, 3.0)], [round(rg.betavariate(2, 5), 9) for _ in range(3)])
    print([round(rg.lognormvariate(0, 1), 9) for _ in range(3)], [round(rg.vonmisesvariate(1.0, k), 9) for k in (0, 4.0)])
    print([round(rg.paretovariate(3), 9) for _ in range(3)], [round(rg.weibullvariate(1.5, 2), 9) for _ in range(3)])
for e in ['random.gammavariate(0, 1)', 'random.paretovariate()']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
