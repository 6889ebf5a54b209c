# Hot loops at module level (entered by on-stack replacement) reading names defined before them,
# while functions they call rebind those names, and builtins shadowed at module level.
import math

BASE = 7
WEIGHTS = (1, 2, 3)


def reweight():
    global WEIGHTS, BASE
    WEIGHTS = (10, 20)
    BASE = -1


total = 0
for n in range(30000):
    total += BASE + len(WEIGHTS) + WEIGHTS[n % len(WEIGHTS)]
    if n == 20000:
        reweight()
print(total, BASE, WEIGHTS)

acc = 0.0
for n in range(20000):
    acc += math.floor(n / 3) + abs(-n)
    if n == 15000:
        abs = lambda v: 0
print(acc)
del abs

words = []
for n in range(5000):
    words.append(str(n % 10))
    if n == 4000:
        str = lambda v: "x"
print("".join(words[3995:4010]))
del str
print(str(5), abs(-5))
