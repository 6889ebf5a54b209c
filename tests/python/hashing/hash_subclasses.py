# hash() of subclasses of built-in types, ranges and slices; str subclasses as set and dict keys
class S(str): pass
B = bytes  # (bytes subclasses are left out)
class I(int): pass
class F(float): pass
class T(tuple): pass
print(hash(S("abc")) == hash("abc"), hash(B(b"x")) == hash(b"x"), hash(I(5)), hash(F(2.5)), hash(T((1,2))) == hash((1,2)))
print(hash(range(10)), hash(range(1, 10, 2)))
for v in [slice(1, 2)]:
    try:
        print(hash(v))
    except TypeError as e:
        print(e)
print({S("a"), "a"}, len({S("a"), "a"}))
d = {S("k"): 1}
print(d["k"], "k" in d)
print(hash(frozenset({"a", "b", "c"})), hash((("a",), frozenset())))
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {2**61 - 1, 0})
print(set([3.5, 2, "x", (1,)]) == {(1,), "x", 2, 3.5})
x = {"a", "b"}
x.add(S("c"))
print(sorted(x))
