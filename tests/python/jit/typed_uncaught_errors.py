# Errors raised by typed fast paths deep in compiled loops, the last one uncaught: the traceback
# must point at the same expression as CPython's (the subscript, the slice, the call).
import math


def total(prices, order):
    t = 0
    for item in order:
        t += prices[item]
    return t


def chunks(seq, step):
    out = []
    for i in range(0, 6):
        out.append(seq[i:i + 2:step])
    return out


def roots(xs):
    return [math.log(x) for x in xs]


prices = {"apple": 3, "pear": 4}
print(total(prices, ["apple", "pear"] * 50))
print(chunks("abcdefgh", 1), chunks([1, 2, 3, 4, 5, 6, 7], -1))
try:
    chunks("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    roots([1.0, 2.0, -1.0])
except ValueError as e:
    print("ValueError:", e)
print(total(prices, ["apple"] * 30 + ["plum"]))
