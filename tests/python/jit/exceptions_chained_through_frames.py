# Exception chaining (__context__, __cause__) across compiled frames, and re-raising.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError(f"cannot parse {s!r}") from e


def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except LookupError as e:
            out.append((type(e.__cause__).__name__, str(e)))
    return out


print(load(["1", "x", "3", "4.5"]))


def context():
    try:
        {}["k"]
    except KeyError:
        try:
            [][1]
        except IndexError as e:
            return type(e.__context__).__name__


print([context() for _ in range(3)])


def reraiser(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        raise


total = 0
for i in range(-1000, 1000):
    try:
        total += reraiser(i)
    except ZeroDivisionError as e:
        print("caught once:", e)
print(total)
parse("nope")
