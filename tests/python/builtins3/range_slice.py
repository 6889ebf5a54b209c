r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r, r.index(11), r.count(8))
print(range(5), range(0), list(range(-3)), list(range(10, 0, -2)), range(3) == range(0, 3, 1), range(0) == range(2, 2))
print(list(range(0, -10, -3)), len(range(0, 10, 20)), range(1, 10)[3:100], range(10)[-100:3])
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step, range(2 ** 62)[5], 2 ** 61 in range(2 ** 62), range(-5, 5).index(0), range(3).count(True))
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(4), lambda: range("a")):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(6), slice(-3, None).indices(10))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "hello"[slice(1, -1)], data[::-1][:3], data[-3:], data[:-7])
data[slice(0, 3)] = ["a", "b"]
print(data)
del data[::3]
print(data)
try:
    data[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)



class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[1], g[1:2], g[::2], g[1, 2:3], g[..., 0], g[:, None])
print("abcdef"[10:], "abcdef"[-10:2], [1, 2, 3][5:1], (1, 2, 3)[::-2], b"bytes"[1:3], bytearray(b"xyz")[::-1])
print(list(range(5))[True:], "text"[False], [0, 1][-1:], "x" * 3, [0] * 0)
