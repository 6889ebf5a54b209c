import array

a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:3], sum(a))
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a.index(3), a.count(2))
a.remove(2)
a.reverse()
print(a, a.tolist(), list(reversed(a)))
d = array.array("d", [1.5, 2.25])
print(d, d.tobytes().hex(), array.array("d", d.tobytes()) == d)
b = array.array("b", [-1, 0, 1])
print(b, b.itemsize, bytes(array.array("B", [65, 66, 67])))
u = array.array("u", "hello")
print(u, u.tounicode(), array.array("H", [1, 65535]))
for bad in (lambda: array.array("b", [200]), lambda: array.array("i", [1.5]), lambda: array.array("q", ["x"]),
            lambda: array.array("z"), lambda: a.index(99), lambda: array.array("i")[0]):
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
c = array.array("l", range(5))
c[1:3] = array.array("l", [10, 20, 30])
print(c, c * 2, c + array.array("l", [99]), 20 in c)
c *= 0
print(c, len(c))
e = array.array("I")
e.frombytes(bytes([1, 0, 0, 0, 2, 0, 0, 0]))
print(e, e.buffer_info()[1], array.typecodes)
f = array.array("f", [0.1])
print(f[0], f.tolist())
s = array.array("i", [5, 3, 8])
print(sorted(s), max(s), array.array("i", sorted(s)))
