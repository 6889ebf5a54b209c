"""List operations on lists of ints and of floats whose items change kind: del, slices, *=, +=, subclasses."""


class Row(list):
    def __setitem__(self, i, v):
        # a subclass stores through list.__setitem__ after its own conversion
        list.__setitem__(self, i, round(v, 2) if isinstance(v, float) else v)


def accumulate(rows, n):
    for k in range(n):
        for row in rows:
            i = k % len(row)
            row[i] = row[i] + 0.125 * k
    return rows


def histogram(values, buckets):
    counts = [0] * buckets
    for v in values:
        counts[int(v * buckets) % buckets] += 1
    return counts


def main():
    grid = [[0.0] * 5 for _ in range(3)]
    accumulate(grid, 200)
    print(grid)

    r = Row([0.0, 1.0, 2.0])
    for k in range(100):
        r[k % 3] = r[k % 3] + 0.3333
    print(r, type(r).__name__)

    xs = [i / 8 for i in range(16)]
    del xs[3]
    del xs[::4]
    print(xs, len(xs))
    xs[1:3] = [7, 8, 9]
    print(xs)
    xs[::2] = [0.5] * len(xs[::2])
    print(xs)
    xs[:] = []
    xs.append(1.5)
    xs.append(2)
    print(xs)

    ys = [1.0, 2.0]
    ys *= 3
    ys += [4]
    ys += (5.5,)
    print(ys)
    zs = [1, 2, 3]
    zs += [4.0]
    zs *= 2
    print(zs, zs.count(4), 4 in zs, zs.index(4.0))
    ws = [1, 2] + [3.0] + [True]
    print(ws, [type(w).__name__ for w in ws])

    print(histogram([(i * 0.37) % 1.0 for i in range(500)], 10))

    evens = [i for i in range(40) if i % 2 == 0]
    halves = [e / 2 for e in evens]
    mixed = [e if e % 4 else e / 4 for e in evens]
    print(sum(evens), sum(halves), mixed[:6])
    halves.reverse()
    halves.insert(3, -1)
    print(halves[:6], halves.pop(), halves.pop(0), len(halves))
    halves.remove(-1)
    print(sorted(halves)[:4], halves == sorted(halves, reverse=True))

    stack = []
    for i in range(1000):
        stack.append(i * 1.5)
        if i % 3 == 2:
            stack.pop()
    print(len(stack), stack[-3:], sum(stack))
    stack.clear()
    for i in range(10):
        stack.append(i)
    print(stack, repr(stack) == str(stack))
    print([1.0, 2.0] == [1, 2], [1, 2] < [1, 2.5], [0.1 + 0.2] == [0.3], hash(tuple([1.0, 2])))
    try:
        xs = [1.0, 2.0]
        for i in range(5):
            xs[i] = xs[i - 1] * 2
    except IndexError as e:
        print("IndexError:", e, xs)
    try:
        ys = [1, 2]
        total = 0.0
        for i in range(5):
            total += ys[i] * 0.5
    except IndexError as e:
        print("IndexError:", e, total)


main()
