def lookup(table, key):
    return table[key] * 2

def compute(x):
    y = x + 1
    return lookup({"a": [1, 2]}, "a")[y] + y

compute(5)
