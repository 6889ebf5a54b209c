a = b = 3
a, b = b + 1, a
print(a, b)
(c, d), e = (1, 2), 3
print(c, d, e)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
x = [0, 1, 2, 3]
x[1:3] = ["a", "b", "c"]
print(x)
del x[0]
print(x)
n = 10
n -= 3
n *= 2
n //= 3
n **= 2
n %= 7
n <<= 4
n |= 1
n ^= 3
n &= 0xff
print(n)
s = "ab"
s *= 3
print(s)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] += 10
print(d)
class P:
    pass
p = P()
p.v = 1
p.v += 41
print(p.v)
del p.v
print(hasattr(p, "v"))
