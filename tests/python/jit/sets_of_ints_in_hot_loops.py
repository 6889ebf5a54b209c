"""Sets of ints and strs in hot loops: backtracking with add/remove/discard, set algebra,
iteration order of int sets (CPython's table order), ints equal to floats and bools, and
members with their own __hash__/__eq__."""


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return (other.v if isinstance(other, Key) else other) == self.v

    def __repr__(self):
        return "Key(%r)" % (self.v,)


def queens(n):
    cols, d1, d2 = set(), set(), set()
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for col in range(n):
            if col in cols or row + col in d1 or row - col in d2:
                continue
            cols.add(col)
            d1.add(row + col)
            d2.add(row - col)
            place(row + 1)
            cols.remove(col)
            d1.discard(row + col)
            d2.remove(row - col)

    place(0)
    return count


def algebra(n):
    a = set()
    b = set()
    for i in range(n):
        a.add(i * 7 % 101)
        b.add(i * 3 % 53 - 10)
    print(sorted(a | b)[:10], len(a & b), len(a - b), len(a ^ b))
    print(list(a & b)[:12])
    print(list({x for x in range(-20, 60, 3)}))
    print(list({2 ** 62, 2 ** 64, -1, -2, 7, 8 + 2 ** 61}))
    s = frozenset(range(10)) - {3, 4}
    print(s, 5 in s, 4 in s)


def mixed_members():
    s = set(range(50))
    s.add(1.0)
    s.add(True)
    s.add(Key(3))
    print(len(s), 1 in s, 1.0 in s, True in s, Key(3) in s, 3.0 in s)
    s.discard(1.0)
    print(1 in s, True in s, len(s))
    s2 = {Key(100)}
    hits = 0
    for i in range(300):
        if i in s2:
            hits += 1
        if i % 5 == 0:
            s.discard(i)
    print(hits, sorted(s)[:10])
    try:
        s.remove(0)
    except KeyError as e:
        print("KeyError", e)
    words = set()
    for w in "the quick brown fox jumps over the lazy dog the end".split():
        if w in words:
            print("again", w)
        words.add(w)
    print(sorted(words))


def mutation_while_iterating():
    s = set(range(10))
    try:
        for x in s:
            s.add(x + 100)
    except RuntimeError as e:
        print("RuntimeError:", e)


for n in range(4, 9):
    print(n, queens(n))
algebra(500)
mixed_members()
mutation_while_iterating()
