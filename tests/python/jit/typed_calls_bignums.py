"""Frameless typed recursion whose ints overflow 64 bits: fib, factorial and powers cross into
bignums inside typed activations and the interpreter finishes them with the right answer."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def power(b, e):
    if e == 0:
        return 1
    return b * power(b, e - 1)


def fast_fib(n, a, b):
    if n == 0:
        return a
    return fast_fib(n - 1, b, a + b)


print([fib(i) for i in range(25)])
for n in (20, 21, 22, 25, 30, 60):
    print(n, fact(n))
for e in (10, 62, 63, 64, 100):
    print(e, power(2, e), power(-3, e))
for n in (50, 90, 92, 93, 94, 200):
    print(n, fast_fib(n, 0, 1))
print(fast_fib(150, 0, 1) % 1000003, fact(40) // fact(38))
print(sum(fib(i) for i in range(20)))
