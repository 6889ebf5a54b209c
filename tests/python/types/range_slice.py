# range and slice objects: arithmetic, containment, indices and errors.

r = range(2, 30, 4)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r.index(10), r.count(6), 14 in r, 15 in r)
print(range(10)[::3], range(5, 0, -1), list(range(5, 0, -2)), range(0), len(range(0, -5)), list(range(-3, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) != range(4), hash(range(3)) == hash(range(0, 3)))
print(range(10**15)[-1], len(range(0, 10**18, 3)), 10**14 in range(10**15), range(1, 10**17, 7)[10**15])
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
print(r.start, r.stop, r.step, repr(range(1, 2)), repr(range(1, 2, 1)), str(range(3, 9, 2)))
print(sum(range(1, 101)), max(range(7)), sorted(range(3), reverse=True), list(reversed(range(3))))

sl = slice(1, 8, 2)
data = list("abcdefghij")
print(sl, data[sl], sl.start, sl.stop, sl.step, slice(3), slice(None, None, -1))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(6))
try:
    data[slice(0, 5, 0)]
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError:", e)


class Recorder:
    def __getitem__(self, key):
        return key


rec = Recorder()
print(rec[1], rec[1:2], rec[::3], rec[1:2, 3], rec[...], rec[:, None], rec["a":"b":"c"])
text = "0123456789"
print(text[2:8:3], text[-2:-8:-2], text[8:2], text[::-3], text[:100], text[-100:3])
window = 3
print([text[i:i + window] for i in range(0, len(text), window)])
lst = list(range(10))
lst[slice(0, 3)] = "xyz"
del lst[slice(-2, None)]
print(lst)
print(range(3)[True], list(range(0, 1, 10**15)), range(-5, 5)[3:-3], range(10)[-3:], range(10)[100:200])
for start, stop, step in ((0, 10, 3), (10, 0, -3), (-5, 5, 1)):
    rng = range(start, stop, step)
    print(rng, len(rng), list(rng)[:4], rng[-1] if rng else None)
