"""Lists of ints and floats in hot loops: identity of items read back, bools and huge ints in
int lists, -0.0 and NaN in float lists, a list whose kind changes while a compiled loop walks
it, a list mutated during iteration, and pop() as a stack."""


def stack_walk(n):
    # depth-first over a implicit binary tree with an explicit stack
    stack = [1]
    visited = 0
    total = 0
    while stack:
        node = stack.pop()
        visited += 1
        total += node
        if node * 2 < n:
            stack.append(node * 2)
            stack.append(node * 2 + 1)
    return visited, total


def pops(xs):
    out = []
    while len(xs) > 2:
        out.append(xs.pop(0))
        out.append(xs.pop(-1))
        out.append(xs.pop(len(xs) // 2))
    return out


def sieve(limit):
    marks = [0] * (limit + 1)
    primes = []
    for i in range(2, limit + 1):
        if marks[i] == 0:
            primes.append(i)
            for j in range(i * i, limit + 1, i):
                marks[j] = i
        if i == limit // 2:
            # the list becomes a general one while the outer loop still reads it
            marks[limit] = "end"
    return primes, marks[limit], marks[:12]


def accumulate(xs):
    total = 0
    for x in xs:
        total += x
    return total


def main():
    print(stack_walk(5000))
    print(pops(list(range(20))))
    try:
        [].pop()
    except IndexError as e:
        print("IndexError:", e)
    for xs, i in [([1, 2], 5), ([1, 2], -3), ([3], 0)]:
        try:
            print(xs.pop(i), xs)
        except IndexError as e:
            print("IndexError:", e)

    primes, last, head = sieve(200)
    print(len(primes), primes[-3:], last, head)

    # identity of items read back from numeric lists
    big = [10 ** 6 + i for i in range(10)]
    print(all(big[i] is big[i] for i in range(10)), big[3] is big[3])
    x = big[4]
    big.append(x)
    print(big[-1] is x, big.index(x), big.count(x))
    floats = [i * 0.5 for i in range(10)]
    f = floats[3]
    print(floats[3] is f, f in floats)

    # bools and huge ints stay what they were when read back
    ints = list(range(5))
    ints[2] = True
    ints.append(2 ** 80)
    print(ints, [type(v).__name__ for v in ints])
    print(accumulate(ints), accumulate(list(range(100))))

    # -0.0 and NaN
    zs = [0.0, -0.0, 1.0]
    print(zs, [repr(z) for z in zs], zs.index(-0.0), -0.0 in zs)
    nan = float("nan")
    ns = [1.0, nan, 2.0]
    print(nan in ns, float("nan") in ns, ns.index(nan), ns.count(nan), ns == ns, ns == [1.0, nan, 2.0])

    # a list grown during iteration, a list whose kind changes mid-loop
    grow = [1, 2, 3]
    for v in grow:
        if v < 50:
            grow.append(v * 3)
    print(grow)
    mixed = [1, 2, 3, 4, 5, 6]
    seen = []
    for i, v in enumerate(mixed):
        seen.append(v * 2)
        if i == 2:
            mixed[4] = 2.5
            mixed[5] = "six"
    print(seen)
    removed = list(range(10))
    for v in removed:
        removed.remove(v)
    print(removed)


main()
