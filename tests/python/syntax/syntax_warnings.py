# Code CPython compiles with a SyntaxWarning (printed to stderr before the program runs).

def classify(code):
    if code is 200:
        return "ok"
    if code is not -1 and code is not None:
        return "other"
    return "unknown"


def check(pair):
    assert (pair, "pair must not be empty")
    return len(pair)


def table():
    rows = [
        ("a", 1)
        ("b", 2)
    ]
    return rows


def pick(items):
    return [1, 2, 3]["first"] if items else (1, 2)[0, 1]


print(classify(200), classify(5), classify(-1))
print(check(()))
try:
    table()
except TypeError as e:
    print("TypeError:", e)
try:
    pick(True)
except TypeError as e:
    print("TypeError:", e)
exec("x = 3\nprint(x is 3.5, 'abc'[x:])")
