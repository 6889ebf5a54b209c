# Integers crossing 64 bits inside loops: factorials, powers, Fibonacci, shifts, and shrinking back.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f = factorial(300)
print(len(str(f)), str(f)[:20], f % 1000003, f.bit_length())


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(90), fib(93), fib(100), fib(500) % 10**9)
x = 1
crossings = []
for i in range(200):
    prev = x
    x = x * 3 + 1
    if prev < 2**63 <= x:
        crossings.append(i)
    if x > 10**60:
        x //= 10**55
print(crossings, x)
acc = 2**62
history = []
for i in range(10):
    acc += 2**61
    history.append(acc > 2**63 - 1)
    acc -= 2**60
print(history, acc)
n = -(2**63)
print(n, n - 1, n * -1, abs(n), -n, n // -1, divmod(n, -1), n % 7, (n - 1) >> 1, n << 1)
m = 2**63 - 1
print(m + 1, m * m, m ** 3 % 1000, -m - 2, m & (m + 1), m | (m + 1), m ^ -1, ~m)
vals = [2**k - 1 for k in range(60, 70)]
print(sum(vals), max(vals) - min(vals), sorted(vals, reverse=True)[0] == 2**69 - 1)
h = 0
for ch in "the quick brown fox jumps over the lazy dog" * 20:
    h = h * 131 + ord(ch)
print(h % (2**61 - 1), h.bit_length(), h > 10**1000)
shrink = 10**40
steps = 0
while shrink > 1:
    shrink //= 7
    steps += 1
print(steps, shrink, type(shrink).__name__)
print(int("9" * 50) + 1, 10**50 // 3, -10**50 // 3, 10**50 % -7, pow(3, 200, 10**20), (10**30) ** 0.5)
