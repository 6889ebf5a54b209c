# Numbers computed in hot compiled loops keep their identity once they are objects: a NaN put
# in a list is found again by index() and `in` (identity before equality), the same float or
# big int object is seen through two names, containers and dict keys, as in CPython.
import math


def scan(n):
    found = 0
    shared = 0
    for i in range(n):
        x = i * 0.25
        nan = (math.inf - math.inf) + x
        bucket = [1.0, nan, x]
        if bucket.index(nan) == 1 and nan in bucket and bucket[1] is nan:
            found += 1
        y = x
        pair = (x, y)
        if pair[0] is pair[1] and x is y:
            shared += 1
    return found, shared


def big_ints(n):
    same = 0
    seen = {}
    for i in range(n):
        v = i * 1000003 + 10 ** 6
        w = v
        holder = [v]
        if holder[0] is w and holder.count(w) == 1:
            same += 1
        seen[v] = v
    return same, len(seen)


def nan_keys(n):
    table = {}
    for i in range(n):
        key = float("nan") if i % 2 else float(i) * 1.5
        table[key] = i
        if key not in table:
            return "lost key at %d" % i
    return len(table)


def measured(values):
    total = 0.0
    worst = None
    for v in values:
        d = v * 2.0 - 1.0
        total += d
        if worst is None or d > worst:
            worst = d
    return total, worst, worst in [worst]


for size in (10, 3000):
    print(size, scan(size), big_ints(size), nan_keys(size))
print(measured([0.5, 2.0, -1.0, float("nan"), 3.25] * 700))
