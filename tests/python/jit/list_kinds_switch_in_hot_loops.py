"""Lists of floats and of ints changing what they hold while compiled loops read and write them."""
import math


def smooth(values, rounds):
    # a float list rewritten in place, then handed an int, a str and a float subclass
    n = len(values)
    for _ in range(rounds):
        for i in range(1, n - 1):
            values[i] = (values[i - 1] + values[i] + values[i + 1]) / 3.0
    return values


def scale_into(src, dst, k):
    for i in range(len(src)):
        dst[i] = src[i] * k
    return dst


def fill_squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def running_means(xs):
    out = []
    total = 0.0
    for i, x in enumerate(xs):
        total += x
        out.append(total / (i + 1))
    return out


class Temperature(float):
    def __repr__(self):
        return "Temperature(%s)" % float.__repr__(self)


def main():
    data = [float(i % 7) for i in range(40)]
    smooth(data, 30)
    print([round(x, 6) for x in data[:8]])

    # an int arrives in a float list mid-loop
    data = [0.5 * i for i in range(30)]
    for step in range(300):
        j = step % 30
        data[j] = data[j] + 1.0 if step != 295 else 7
    print(data[:6], data[24:27], type(data[25]).__name__, type(data[24]) is float)
    print(sum(data), max(data), min(data))

    # int lists receiving a bool, a bignum, a float and a str inside hot loops
    for odd in (True, 2 ** 70, 2.5, "seven"):
        squares = fill_squares(50)
        for i in range(len(squares)):
            squares[i] = squares[i] + 1
            if i == 25:
                squares[i] = odd
        print(repr(squares[24:27]), squares.count(odd), odd in squares, squares.index(odd))

    # scaling between lists of different kinds
    ints = list(range(12))
    floats = [0.0] * 12
    scale_into(ints, floats, 0.25)
    print(floats)
    mixed = [None] * 12
    scale_into(floats, mixed, 4)
    print(mixed == [float(i) for i in range(12)], mixed[3])
    again = [0] * 12
    scale_into(ints, again, 3)
    print(again)

    means = running_means([1, 2.0, 3, 4.5] * 25)
    print(means[:5], means[-1])

    # identity of items: the same object each time, and the object that was stored
    x = 1.0 + 0.5 * 3
    box = [x, 2.5, -0.0]
    print(box[0] is box[0], box[0] == x, box[2] is box[2], math.copysign(1, box[2]))
    computed = [0.0] * 4
    for i in range(400):
        computed[i % 4] = i * 0.5
    first = computed[1]
    print(first is computed[1], computed, computed[1] == first)
    nans = [float("nan"), 1.0]
    for i in range(200):
        nans[1] = nans[1] + i
    print(nans[0] in nans, nans.count(nans[0]), nans.index(nans[0]), nans[0] is nans[0], nans[0] == nans[0])
    bigs = [10 ** 12, 10 ** 12 + 1]
    for i in range(200):
        bigs[1] = bigs[1] + 1
    print(bigs[0] is bigs[0], bigs[1] is bigs[1], bigs[1])

    # sorting keeps stability across kinds; float subclasses keep their class
    pairs = [3.0, 1.0, 2.0, 1.0, 3.0]
    pairs.sort()
    print(pairs, pairs[0] is pairs[0])
    temps = [Temperature(20.5), 18.0, Temperature(19.0)]
    temps.sort()
    print(temps, [type(t).__name__ for t in temps])
    keyed = [2.5, 1, 2.5, 1.0, True, 0]
    keyed.sort(key=lambda v: -v)
    print(keyed, [type(v).__name__ for v in keyed])


main()
