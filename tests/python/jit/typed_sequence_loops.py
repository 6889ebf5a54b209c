# `for x in some_list` (and tuples) as counted loops over the live list: lists that grow or shrink
# while the loop runs, iterators shared with next(), breaks and else clauses, nested loops,
# element types that change, and list subclasses with their own __iter__.


class Reversed(list):
    def __iter__(self):
        return iter(list(reversed(self)))


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def growing(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if x < 20 and x % 3 == 0:
            xs.append(x * 2 + 1)
    return seen


def shrinking(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if len(xs) > 3:
            xs.pop()
    return seen, xs


def shared(xs):
    it = iter(xs)
    pairs = []
    for a in it:
        b = next(it, None)
        pairs.append((a, b))
    return pairs


def find(xs, wanted):
    for i, x in enumerate(xs):
        if x == wanted:
            break
    else:
        return -1
    return i


def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None


def grid(rows):
    out = []
    for row in rows:
        line = ""
        for cell in row:
            line += "#" if cell else "."
        out.append(line)
    return out


print(total(list(range(100))), total((1, 2, 3)), total([1.5, 2.5, 3]), total([]))
print(total([1, 2, 2 ** 62, 2 ** 62, 2 ** 62]))
print(total(["a", "b"][:0]))
try:
    print(total([1, 2, "three"]))
except TypeError as e:
    print("TypeError:", e)
print(growing([1, 3, 6, 9]))
print(shrinking(list(range(10))))
print(shared([1, 2, 3, 4, 5]))
print(shared((1, 2, 3, 4)))
print(find(["x", "y", "z"], "z"), find(["x"], "q"), find((1, 2, 3), 2.0))
print(first_negative([3, 2, 1, 0, -1, -2]), first_negative((5, 6)))
print(grid([[1, 0, 1], (0, 0, 1), [True, False, None]]))
print(total(Reversed([1, 2, 3])), growing(Reversed([3])))

# a loop that runs long enough to be entered compiled, over a list changed by a callee
def meddle(xs, i):
    if i == 50:
        xs.extend(range(5))
    if i == 80:
        del xs[60:]


items = list(range(100))
count = 0
for i in items:
    meddle(items, i)
    count += 1
print(count, len(items))
words = ("alpha", "beta", "gamma") * 30
chars = 0
for w in words:
    chars += len(w)
print(chars)
