# Globals and builtins rebound while a compiled loop reads them.
SCALE = 2


def scaled(n):
    return n * SCALE


def run(steps):
    global SCALE
    total = 0
    for i in range(steps):
        if i == steps // 2:
            SCALE = 3
        total += scaled(i)
    return total


print(run(4000))
print(run(4000))

import builtins

real_len = builtins.len


def measure(items):
    out = []
    for i in range(len(items)):
        if i == 1500:
            builtins.len = lambda seq: -1
        out.append(len(items[i]))
    builtins.len = real_len
    return out


res = measure([[0] * (k % 5) for k in range(3000)])
print(sum(res[:1500]), res[1500:1505], len(res))


def shadow():
    acc = []
    for i in range(2000):
        if i == 1000:
            globals()["abs"] = lambda v: 42
        acc.append(abs(-i))
    del globals()["abs"]
    return acc[998:1003], abs(-5)


print(shadow())
