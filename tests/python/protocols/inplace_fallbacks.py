# In-place operators: __iadd__ present, absent (falls back to __add__), returning NotImplemented, on immutables.


class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        print("  Bag.__add__")
        if not isinstance(other, Bag):
            return NotImplemented
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        if not isinstance(other, Bag):
            print("  Bag.__iadd__ declines")
            return NotImplemented
        print("  Bag.__iadd__ mutates")
        self.items.extend(other.items)
        return self

    def __radd__(self, other):
        print("  Bag.__radd__")
        return Bag(list(other) + self.items)

    def __repr__(self):
        return f"Bag({self.items})"


a = Bag([1])
alias = a
a += Bag([2])
print(a, alias is a)
b = [0]
b += Bag([3]).items
print(b)
c = (9,)
try:
    a += c
except TypeError as e:
    print("TypeError:", e)
c = [7]
c += a.items
print(c)
d = [5]
d = d + [6]
print(d, [1] + Bag([2]))


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))

    def __sub__(self, o):
        return OnlyAdd(self.v - o)


x = OnlyAdd(1)
y = x
x += 5
x -= 2
print(x.v, y.v, x is y)
try:
    x *= 2
except TypeError as e:
    print("TypeError:", e)
s = "ab"
t = s
s += "c"
print(s, t, s is t)
n = 10
n **= 2
n //= 3
n %= 7
n <<= 3
n >>= 1
n |= 1
n &= 0xF
n ^= 0b101
print(n)
f = 2.5
f **= 2
f /= 0.5
f //= 3
print(f)
lst = [1, 2]
ref = lst
lst *= 3
print(lst, ref is lst)
st = {1, 2}
ref_s = st
st |= {3}
st &= {2, 3}
st -= {9}
st ^= {4}
print(sorted(st), ref_s is st)
fs = frozenset({1})
ref_fs = fs
fs |= {2}
print(sorted(fs), ref_fs, fs is ref_fs)
dd = {"a": 1}
ref_d = dd
dd |= {"b": 2}
print(dd, ref_d is dd)
grid = [[0] * 2] * 2
grid[0] += [1]
print(grid)
counts = {"x": 1}
counts["x"] += 1
counts.setdefault("y", 0)
counts["y"] -= 1
print(counts)
