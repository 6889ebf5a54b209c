"""Calls nested several levels deep, returning and raising through each other: handlers at
different depths, finally blocks on the way out, tracebacks naming every frame, recursion
limits, frames seen through sys._getframe, and method calls with simple arguments."""
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def tb():
    return traceback.format_exc().replace(HERE, "")


log = []


def leaf(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2


def middle(x, scale=3):
    try:
        return leaf(x) * scale
    finally:
        log.append("middle done %d" % x)


def outer(x):
    total = 0
    for i in range(x - 2, x + 1):
        try:
            total += middle(i)
        except ValueError as e:
            log.append("caught in outer: %s" % e)
            total -= 1
    return total


print(outer(1), outer(5))
print(log)


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.check(amount)
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def check(self, amount):
        if amount <= 0:
            raise ValueError("bad amount %r for %s" % (amount, self.owner))

    def withdraw(self, amount):
        self.check(amount)
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance -= amount
        self.history.append(-amount)
        return self.balance


acct = Account("ann", 10)
print(acct.deposit(5), acct.withdraw(3))
for amount in (4, -1, 100, 2):
    try:
        print("deposit", acct.deposit(amount), "withdraw", acct.withdraw(amount * 3))
    except (ValueError, RuntimeError):
        print(tb())
print(acct.history, acct.balance)

# wrong argument counts through method calls with simple arguments
for call in (lambda: acct.deposit(), lambda: acct.deposit(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def depth_of(n):
    return 0 if n == 0 else 1 + depth_of(n - 1)


print(depth_of(500))


def runaway(n):
    return runaway(n + 1) + 1


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth_of(300))


def frames_up():
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 4:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def a():
    return b()


def b():
    return frames_up()


print(a())


def gen(n):
    for i in range(n):
        yield middle(i, 1)


print(list(gen(3)))


def handler_in_caller():
    try:
        inner_raise(3)
    except KeyError as e:
        return "caught %r, context %r" % (e, e.__context__)


def inner_raise(n):
    try:
        return {}["missing"]
    except KeyError:
        if n:
            return inner_raise(n - 1)
        raise


print(handler_in_caller())


def boom():
    return 1 / 0


def calls_boom():
    return boom() + 1


try:
    calls_boom()
except ZeroDivisionError:
    print(tb())
print(log[-3:])
