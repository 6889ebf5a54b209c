"""Sets in hot loops: membership of ints and other keys, add/discard/remove, a set that
meets floats, bools, NaN and unhashable items mid-loop, and a backtracking search whose
sets change what they hold while compiled code runs."""


def queens(n):
    cols, up, down = set(), set(), set()
    found = []
    placement = []

    def place(row):
        if row == n:
            found.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or row + col in up or row - col in down:
                continue
            cols.add(col)
            up.add(row + col)
            down.add(row - col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            up.discard(row + col)
            down.remove(row - col)

    place(0)
    return found


def membership(seen, probes):
    hits = 0
    for p in probes:
        if p in seen:
            hits += 1
        if not (p not in seen) and p in seen:
            hits += 100
    return hits


def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out, len(seen), bool(seen)


class Key:
    """Equal to an int and hashing like it: set lookups must call __eq__."""

    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return other == self.v


def main():
    solutions = queens(6)
    print(len(solutions), solutions[0], solutions[-1])
    print(len(queens(7)))

    for n in range(60):
        r = dedupe([i * 7 % (n + 3) for i in range(40)])
    print(r)
    print(dedupe([]), dedupe([1, 1.0, True, "a", "a", (1,), (1,)]))
    try:
        dedupe([1, [2]])
    except TypeError as e:
        print("TypeError:", e)

    seen = set(range(0, 200, 3))
    print(membership(seen, range(300)))
    # the same code now meets floats, bools and big ints equal to members
    print(membership(seen, [3.0, 6.5, True, False, 2 ** 70, 9, -3]))
    seen.add(2 ** 70)
    print(membership(seen, [2 ** 70, 2 ** 70 + 1, 0.0, -0.0]))

    # NaN: identity makes it a member, an equal-looking other NaN is not
    nan = float("nan")
    floats = {nan, 1.5, -0.0}
    print(membership(floats, [nan, float("nan"), 0.0, 1.5]))
    print(sorted(repr(x) for x in floats))

    # a member of a user class with the same hash as an int
    mixed = set(range(50))
    mixed.add(Key(1000))
    print(membership(mixed, list(range(40, 60)) + [1000, 1001]), Key.calls > 0)

    # unhashable items raise from compiled code with CPython's message
    for probe in [1, [2], 3]:
        try:
            print(probe in seen)
        except TypeError as e:
            print("TypeError:", e)
    for item in [5, 7, 5, {"a": 1}]:
        try:
            seen.add(item)
            seen.discard(item + 1)
        except TypeError as e:
            print("TypeError:", e)
    # remove of a missing item raises KeyError with the item
    order = []
    for v in [3, 4, 3, (1, 2), 0]:
        try:
            seen.remove(v)
            order.append(v)
        except KeyError as e:
            print("KeyError:", repr(e))
    print(order, len(seen), 3 in seen, 5 in seen)

    # set comprehensions and a set grown while the loop that reads it runs
    squares = {i * i % 37 for i in range(500)}
    print(len(squares), sorted(squares)[:10])
    grow = {1}
    total = 0
    for i in range(2000):
        if i % 7 in grow:
            total += i
        grow.add(i % 11)
        if i == 1000:
            grow = {"x", "y"}
    print(total, sorted(grow, key=str)[:5])
    # truth and len of sets in compiled loops
    pool = set(range(30))
    rounds = 0
    while pool:
        pool.discard(rounds * 7 % 31)
        pool.discard(rounds)
        rounds += 1
    print(rounds, len(pool), bool(pool))


main()
