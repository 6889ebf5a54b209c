import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3))
print(op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 10), op.rshift(1024, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.index(7))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [1, 0]))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("a", "b"), op.matmul.__name__)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
lst = list(range(10))
print(op.getitem(lst, slice(2, 5)), op.length_hint([1, 2, 3]), op.length_hint(object(), 5))
g = op.itemgetter(1)
g2 = op.itemgetter(0, -1)
print(g("abc"), g2("abc"), g({1: "one"}), g2([3, 4, 5]))
rows = [{"name": "b", "age": 3}, {"name": "a", "age": 5}]
print(sorted(rows, key=op.itemgetter("name")), list(map(op.itemgetter("age"), rows)))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


p = P("outer", P("inner"))
print(op.attrgetter("name")(p), op.attrgetter("inner.name")(p), op.attrgetter("name", "inner.name")(p))
print(op.methodcaller("greet", "Hi")(p), op.methodcaller("greet", "Yo", punct="?")(p))
print(op.methodcaller("upper")("abc"), list(map(op.methodcaller("split", ","), ["a,b", "c"])))
print(repr(op.itemgetter(1)), repr(op.attrgetter("x.y")), repr(op.methodcaller("m", 1, k=2)))
x = [1, 2]
y = op.iadd(x, [3])
print(x, y is x, op.iadd(5, 1), op.imul("ab", 2), op.ior({1}, {2}), op.isub(10, 3))
print(op.__add__(1, 2))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sum(map(op.mul, [1, 2, 3], [4, 5, 6])))
from functools import reduce
print(reduce(op.mul, range(1, 11)), reduce(op.or_, [1, 2, 4, 8]), reduce(op.concat, ["a", "b", "c"]))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    op.attrgetter("missing")(p)
except AttributeError as e:
    print("AttributeError:", e)
