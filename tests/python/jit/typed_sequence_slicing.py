# list and tuple slicing, item stores and `in` in hot loops: negative indexes, steps, empty and
# out-of-range slices, a zero step, mixed-type membership, an __eq__ that counts its calls or
# mutates the list, and list subclasses that must not take the typed path.


class Loud:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Loud.calls += 1
        return isinstance(other, Loud) and other.v == self.v or other == self.v

    __hash__ = None


class Shrinker:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        if self.lst:
            self.lst.pop()
        return False


class Window(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "window" + repr((i.start, i.stop, i.step))
        return list.__getitem__(self, i)


def windows(seq, width):
    out = []
    for i in range(-2, len(seq) + 2):
        out.append(seq[i:i + width])
    out.append(seq[::-1])
    out.append(seq[::3])
    out.append(seq[-3:])
    out.append(seq[:-3])
    out.append(seq[5:2])
    out.append(seq[100:])
    out.append(seq[-100:2])
    return out


def stores(lst):
    n = len(lst)
    for i in range(n):
        lst[i] = lst[i] * 2
        lst[-1 - i] = lst[-1 - i] + 1
    return lst


def membership(items, probes):
    hits = []
    for p in probes:
        hits.append(p in items)
        hits.append(p not in items)
    return hits


nums = list(range(10))
for w in windows(nums, 3):
    print(w)
for w in windows(tuple("abcdefg"), 2):
    print(w)
print(windows(Window([1, 2, 3]), 2)[:3])
print(stores(list(range(8))))

try:
    print(stores([1, 2, "x"]))
except TypeError as e:
    print("TypeError:", e)

def store_out_of_range(lst, i):
    for k in range(5):
        lst[k] = k
    lst[i] = 0

for bad in (5, -6, 100):
    try:
        store_out_of_range([0] * 5, bad)
    except IndexError as e:
        print("IndexError:", e)

def zero_step(seq):
    total = 0
    for k in range(3):
        total += len(seq[1:3])
    return seq[::0]

try:
    zero_step([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)

mixed = [1, 2.5, "three", (4,), None, True, 2 ** 70, float("nan")]
probes = [1, 1.0, 2.5, "three", (4,), None, 0, True, False, 2 ** 70, 2 ** 64, float("nan"), mixed[7], 7]
print(membership(mixed, probes))
print(membership(tuple(mixed), probes))
print(membership(list(range(50)), list(range(-3, 60, 7))))
print(membership([0.0, -0.0, 3.0], [0, 3, False, 4]))

Loud.calls = 0
print(membership([Loud(1), Loud(2), 3], [2, 3, 4, Loud(1)]), Loud.calls)
victims = [1, 2, 3, Shrinker(None), 5, 6]
victims[3].lst = victims
print(membership(victims, [5, 6, 9]), victims[:3], len(victims))

def ints_then_other(items):
    total = 0
    for k in range(30):
        if k in items:
            total += k
    return total

print(ints_then_other([3, 5, 7, 11]), ints_then_other([3.0, "5", True, 11]), ints_then_other((2, 4)))
