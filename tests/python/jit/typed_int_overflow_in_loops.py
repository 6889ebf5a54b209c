# Ints computed on unboxed 64-bit values must overflow into bignums exactly where Python does,
# whichever operation overflows, and the loop must go on with the big values.

def grow(n):
    x = 1
    steps = []
    for i in range(n):
        x = x * 3 + i
        if i % 10 == 0:
            steps.append(x)
    return x, steps


def shifts(n):
    acc = 1
    out = []
    for i in range(n):
        acc = (acc << 7) | (i & 0x7f)
        out.append(acc >> (i % 5))
    return acc, out[-3:]


def negate_min():
    v = -9223372036854775807 - 1
    r = []
    for _ in range(3):
        r.append(-v)
        r.append(abs(v))
        r.append(v // -1)
        v = v + 1
    return r


def subtract_down(n):
    x = -9223372036854775800
    for i in range(n):
        x = x - i
    return x


big, steps = grow(60)
print(big)
print(steps[:3], len(steps))
print(shifts(12))
print(negate_min())
print(subtract_down(10))
total = 0
for i in range(100000):
    total += i * i * i
print(total)
