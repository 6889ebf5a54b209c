# The same loop runs over lists of ints, floats, strings, tuples and mixed values, in turn.
def summarize(values):
    lo = hi = values[0]
    count = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        count += 1
    return lo, hi, count


for values in ([5, 3, 9] * 1000, [2.5, -1.0, 7.25] * 1000, ["pear", "apple", "zoo"] * 1000,
               [(1, 2), (0, 9), (3, 0)] * 1000, [1, 2.5, True, -3] * 700, [[2], [1, 5], [3]] * 900):
    print(summarize(values))
try:
    summarize([1, "a"])
except TypeError as e:
    print(e)
