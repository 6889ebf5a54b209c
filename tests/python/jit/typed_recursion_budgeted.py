"""Self-recursive integer functions run budgeted in compiled code (the depth passed along, not
counted per call): the recursion limit must stay exact (also set lower or higher at run time),
a rare branch that writes, an exception, an overflow into bignums or a rebinding met deep in
the recursion must behave exactly as in the interpreter, once."""
import sys
import traceback


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def deepest(limit):
    """The largest n for which down(n) does not raise RecursionError under this limit."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        best = None
        for n in range(limit - 12, limit + 3):
            try:
                down(n)
                best = n
            except RecursionError as e:
                return best, str(e)
        return best, "no error"
    finally:
        sys.setrecursionlimit(old)


for i in range(300):
    down(30)
    fib(12)
print("warm", down(30), fib(20))
for limit in (120, 400, 1000, 90, 2500, 400):
    print("limit", limit, deepest(limit))


# a rare branch that writes, met deep in a budgeted recursion: done once
def walk(n, log, mark):
    if n == mark:
        log.append(n)
    if n == 0:
        return 1
    return walk(n - 1, log, mark) + 1


log = []
for i in range(300):
    walk(25, log, -1)
print("walk warm", walk(25, log, -1), log)
print("walk mark", walk(40, log, 3), log)
print("walk again", walk(40, log, 33), log)
for i in range(300):
    walk(25, log, -1)
print("walk after", walk(60, log, 59), log)


# an exception raised at the bottom: traceback through every activation
def inv(n):
    return 100 // n + inv(n - 1)


for i in range(300):
    try:
        inv(20)
    except ZeroDivisionError:
        pass
try:
    inv(30)
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("zero", len(tb), [f.name for f in tb[-3:]], tb[-1].line)


# overflow into bignums deep in the recursion, and back
def power3(n):
    if n == 0:
        return 1
    return 3 * power3(n - 1)


for i in range(300):
    power3(20)
print("pow", power3(20), power3(39), power3(40), power3(41), power3(90))
print("pow again", [power3(k) % 1000 for k in range(35, 45)])
print("fib big", fib(25), [fib(k) for k in range(10)])


# the function rebound between calls, and while its recursion runs
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


for i in range(300):
    count(40)
saved = count
print("count", count(100))
count = lambda n: -1000
print("rebound", saved(100), count(5))
count = saved


def rebinding(n):
    global target
    if n == 10:
        target = lambda k: 1000 + k
    if n == 0:
        return 0
    return target(n - 1) + 1


target = rebinding
for i in range(200):
    target = rebinding
    rebinding(5)
target = rebinding
print("rebinding", rebinding(30))
target = rebinding
print("rebinding again", rebinding(8))


# types changing under a compiled recursion
print("float", down(5) + fib(10.0), fib(True), fib(12))
print("limit error after all", deepest(150))
print("still", fib(22), down(200))
