# A module-level setting read in hot loops, rebound while the loops run.
RATE = 3
OFFSET = 10
history = []


def price(units):
    return units * RATE + OFFSET


def adjust(step):
    global RATE, OFFSET
    if step == 2500:
        RATE = 7
    elif step == 5000:
        RATE = 2.5
    elif step == 7500:
        OFFSET = "ignored"
        OFFSET = -1


def simulate(steps):
    total = 0
    for step in range(steps):
        total += price(step % 13)
        adjust(step)
        total += RATE
    return total


print(simulate(10000))
print(RATE, OFFSET)

RATE = 1
OFFSET = 0
print(simulate(3000))


def reader(n):
    out = 0
    for i in range(n):
        out += LEVEL
    return out


LEVEL = 1
for round_ in range(6):
    history.append(reader(2000))
    LEVEL = LEVEL * 10
print(history)

# a module-level hot loop that rebinds the global it reads
acc = 0
factor = 2
for k in range(20000):
    acc += factor
    if k % 5000 == 4999:
        factor += 1
print(acc, factor)
