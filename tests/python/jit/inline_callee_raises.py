"""Exceptions raised inside small functions called from hot loops: caught by the caller, and
uncaught (the traceback names the caller's line and the callee's)."""
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def ratio(a, b):
    return a // b


def index_of(items, i):
    return items[i] * 2


def safe_ratios(n):
    out = []
    for i in range(n, -3, -1):
        try:
            out.append(ratio(100, i))
        except ZeroDivisionError as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out[-5:]


def lookups(items, n):
    t = 0
    for i in range(n):
        try:
            t += index_of(items, i)
        except IndexError as e:
            t -= 1
            last = str(e)
    return t, last


def total(n):
    t = 0
    for i in range(n, -1, -1):
        t += ratio(1000, i)
    return t


for rep in range(3):
    print(safe_ratios(3000))
    print(lookups(list(range(500)), 520))
for rep in range(2):
    try:
        total(4000)
    except ZeroDivisionError:
        print(traceback.format_exc().replace(HERE, ""))
total(5000)
