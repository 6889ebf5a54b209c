"""Recursive functions on small integers and floats, the kind compiled to typed versions that
call themselves: results, overflow into big integers deep inside the recursion, the recursion
limit, exceptions raised many levels down, globals rebound while a recursion runs, and
mutually recursive functions."""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def power_sum(base, k):
    # grows past 64 bits a few levels from the bottom: the rest continues with big integers
    if k == 0:
        return 1
    return base * power_sum(base, k - 1) + 1


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def halve(x, n):
    if n == 0:
        return x
    return halve(x / 2.0, n - 1) + 0.5


def divide_down(a, n):
    if n == 0:
        return a // (n - n)
    return divide_down(a, n - 1) + 1


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def count_down(n):
    if n == 0:
        return scale
    return count_down(n - 1) + scale


scale = 1


for n in range(12):
    print("fib", n, fib(n), end="; ")
print()
for i in range(3):
    print("fib(24) =", fib(24), "tak =", tak(18, 12, 6), "ack(2, 9) =", ack(2, 9))
print("ack(3, 5) =", ack(3, 5))

for k in (5, 20, 40, 60, 80):
    print("power_sum(3, %d) = %d" % (k, power_sum(3, k)))
print("power_sum(-7, 30) =", power_sum(-7, 30))

limit = sys.getrecursionlimit()
for n in (10, 200, limit - 60):
    print("depth", n, "->", depth(n))
for n in (limit + 10, 5000):
    try:
        depth(n)
    except RecursionError as e:
        print("depth", n, "RecursionError:", e)

sys.setrecursionlimit(3000)
print("after raising the limit: depth(2500) =", depth(2500))
try:
    depth(3500)
except RecursionError:
    print("depth(3500) still too deep")
sys.setrecursionlimit(limit)

for n in (1, 10, 60):
    print("halve", n, "%.6f" % halve(1000.0, n))

for n in (0, 3, 50):
    try:
        divide_down(7, n)
    except ZeroDivisionError as e:
        print("divide_down(7, %d): ZeroDivisionError: %s" % (n, e))

print("even/odd:", [is_even(n) for n in range(8)], is_odd(301), is_even(600))

for i in range(4):
    print("count_down(50) with scale", scale, "=", count_down(50))
    scale = scale * 10 if i < 2 else 0.5

total = 0
for i in range(200):
    total += fib(i % 15) + depth(i)
print("total", total)


def fib_traced(n):
    if n < 2:
        if n == 1 and tracing:
            raise ValueError("reached the bottom")
        return n
    return fib_traced(n - 1) + fib_traced(n - 2)


tracing = False
print("fib_traced(20) =", fib_traced(20))
tracing = True
try:
    fib_traced(6)
except ValueError as e:
    tb = e.__traceback__
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print("ValueError:", e, "through", frames, "frames")
