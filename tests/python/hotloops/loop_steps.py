"""Loops whose steps run back to back: a for loop's store of its variable, pair unpacking,
stores after arithmetic, loads of two locals, and the errors those steps can meet."""


def pair_sums(pairs):
    total = 0
    for a, b in pairs:
        total += a * b
    return total


def unpack_from_anything(rows):
    out = []
    for x, y in rows:
        out.append(f"{x}-{y}")
    return out


def swaps(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def triples(items):
    for i, (name, weight) in enumerate(items):
        first, second, third = name[0], name[1], weight
        print(i, first, second, third)


def uses_unbound(flag):
    if flag:
        late = 1
    total = 0
    for k in range(3):
        total = total + late
    return total


def bad_pairs(rows):
    seen = []
    for a, b in rows:
        seen.append(a + b)
    return seen


def gen(n):
    for i in range(n):
        if i == 3:
            raise ValueError("generator broke at %d" % i)
        yield i


def loop_over_failing_generator():
    got = []
    try:
        for v in gen(10):
            got.append(v)
    except ValueError as e:
        print("caught:", e, got)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        yield self.a
        yield self.b


def nested_loops(n):
    acc = 0.0
    for i in range(n):
        x = i * 0.5
        for j in range(i):
            y = x + j
            acc += y
    return acc


def while_and_for(limit):
    i = 0
    hits = []
    while i < limit:
        for ch in "ab":
            hits.append(ch * i)
        i += 1
    return hits


print(pair_sums([(1, 2), (3, 4), (5, 6)]), pair_sums([]), pair_sums([[7, 8]]))
print(unpack_from_anything([(1, 2), [3, 4], "xy", Pair("p", "q"), {9: 0, 8: 1}]))
print(swaps(10), swaps(100))
triples([("ab", 1.5), ("cd", 2), ("ef", None)])
print(uses_unbound(True))
try:
    uses_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
for rows in ([(1, 2), (3,)], [(1, 2), (3, 4, 5)], [(1, 2), 7]):
    try:
        bad_pairs(rows)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
loop_over_failing_generator()
print(nested_loops(40), while_and_for(3))
for n in range(3):
    a = b = n
    a += 1
    b = a * b
    print(n, a, b)

# an error raised by the step before a fused store is reported at its own line
def fails_in_loop(items):
    total = 0
    for it in items:
        total += it
    return total


print(fails_in_loop([1, 2, 3]))
fails_in_loop([1, 2, "three", 4])
