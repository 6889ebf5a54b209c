# Integers overflowing 64 bits inside hot loops, and coming back down.
def powers(base, n):
    x = 1
    out = []
    for i in range(n):
        x = x * base
        if i % 10 == 9:
            out.append(x.bit_length())
    return x, out


x, lengths = powers(3, 200)
print(lengths)
print(x % 1000000007)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in (90, 92, 93, 94, 100, 300):
    print(n, fib(n))

m = 2 ** 62
vals = []
for i in range(3000):
    m = m + i if i % 2 else m - i
    vals.append(m > 2 ** 63 - 1)
print(vals.count(True), m)

big = 10 ** 30
acc = 0
for i in range(4000):
    acc += big // (i + 1)
    acc -= big // (i + 2)
print(acc)
n = -(2 ** 63)
print(n - 1, -n, n * -1, abs(n), n // -1)
print(sum(i * i * i * i * i for i in range(3000)))
