# Signal processing on typed arrays: moving averages, clipping, and serialization round trips.
from array import array
import copy

def moving_average(signal, window):
    out = array("d")
    total = 0.0
    for i, v in enumerate(signal):
        total += v
        if i >= window:
            total -= signal[i - window]
        if i >= window - 1:
            out.append(total / window)
    return out

raw = array("h", [0, 10, 20, 15, 5, -5, -20, -10, 0, 30])
print(moving_average(raw, 3))
clipped = array("h", (max(-10, min(10, v)) for v in raw))
print(clipped, clipped.count(10), clipped.count(-10))

# grow by concatenation and repetition
header = array("B", [0xFF, 0x00])
frame = header + array("B", [1, 2, 3]) * 2
frame *= 2
print(frame, len(frame), frame.tobytes().hex() if hasattr(bytes, "hex") else "")

# round trips through bytes for every typecode
for code, values in [("b", [-128, 127]), ("B", [0, 255]), ("h", [-1, 2]), ("H", [65535]),
                     ("i", [-(2 ** 31)]), ("I", [2 ** 32 - 1]), ("l", [2 ** 62]), ("L", [2 ** 64 - 1]),
                     ("q", [-(2 ** 63)]), ("Q", [2 ** 63]), ("f", [1.5, -2.25]), ("d", [1e300]), ("u", "ab")]:
    a = array(code, values)
    b = array(code)
    b.frombytes(a.tobytes())
    print(code, a.itemsize, len(a.tobytes()), b == a, b.tolist())

# arrays in sorted order and as dictionary values
readings = {"north": array("i", [3, 1, 2]), "south": array("i", [9, 8])}
for name in sorted(readings):
    arr = readings[name]
    print(name, sorted(arr), max(arr), min(arr), sum(arr), list(reversed(arr)))
snapshot = copy.deepcopy(readings)
readings["north"].append(100)
print(snapshot["north"], readings["north"])
a = array("i", range(10))
del a[2:5]
a[0:2] = array("i", [7])
print(a, a[1:-1:2], a.index(9), a.index(7, 0, 3))
a.fromlist([11, 12])
try:
    a.fromlist([13, "x"])
except TypeError as e:
    print("TypeError:", e)
print(a, a.buffer_info()[1])
u = array("u", "hello")
u.fromunicode(" world")
print(u.tounicode(), u[0], u[-5:])
