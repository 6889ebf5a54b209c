"""Big integers: factorials, Fibonacci numbers, digit sums and formatting."""
import sys


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    def pair(k):
        if k == 0:
            return 0, 1
        a, b = pair(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return pair(n)[0]


for n in (0, 1, 5, 20, 21, 25, 50):
    print(f"{n}! = {factorial(n)}")
f100 = factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
print(f"{factorial(30):,}")
print(f"{factorial(25):_x}", hex(factorial(20)), oct(fib(60)), bin(fib(30)))
print([fib(n) for n in range(15)])
print(fib(300))
print(fib(1000) == fib_fast(1000), len(str(fib_fast(10000))))
print(2 ** 256, -(2 ** 127), (2 ** 64) ** 3 // 7, (10 ** 40 + 1) % 97, pow(2, 1000, 10 ** 10))
print(divmod(-(10 ** 30), 7), (-(10 ** 30)) // 7, (-(10 ** 30)) % 7)
print((3 ** 200).bit_length(), int(str(3 ** 200)) == 3 ** 200, int("9" * 50) + 1 == 10 ** 50)
print(sum(range(10 ** 15, 10 ** 15 + 1000)), abs(-(10 ** 50)) == 10 ** 50, 10 ** 20 / 10 ** 10)
print(float(factorial(170)), factorial(22) / factorial(20))
try:
    float(factorial(171))
except OverflowError as e:
    print("OverflowError:", e)
big = 7 ** 5000
print(len(str(big)), str(big)[:20], str(big)[-20:])
print(hash(10 ** 30) == hash(10 ** 30), (10 ** 30).__hash__() == hash(10 ** 30 % (2 ** 61 - 1)))
print(max(10 ** 20, 10 ** 20 + 1, 5), sorted([2 ** 70, -2 ** 70, 0, 2 ** 63]))
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
acc = 1
for i in range(1, 30):
    acc = acc * i + 1
print(acc, acc.bit_length(), acc & 0xFFFF, acc >> 90, ~acc)
