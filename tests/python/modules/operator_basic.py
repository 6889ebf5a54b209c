import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.invert(5),
      operator.lshift(1, 5), operator.rshift(64, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.contains([1, 2], 2), operator.getitem('abc', 1), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {}
operator.setitem(d, 'a', 1); operator.setitem(d, 'b', 2); operator.delitem(d, 'a')
print(d, operator.concat([1], [2]), operator.__add__(1, 1), operator.iadd(1, 2))
l = [1]
print(operator.iadd(l, [2]) is l, l)
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}), itemgetter(slice(1, None))([1, 2, 3]))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
class P:
    def __init__(self, x, child=None):
        self.x = x
        self.child = child
    def scaled(self, k, plus=0):
        return self.x * k + plus
p = P(3, P(4))
print(attrgetter('x')(p), attrgetter('child.x')(p), attrgetter('x', 'child.x')(p))
print(methodcaller('scaled', 2)(p), methodcaller('scaled', 2, plus=1)(p), methodcaller('upper')('abc'))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('x', 'child.x')), repr(methodcaller('f', 1, k='v')))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.add)
from functools import reduce
print(reduce(operator.mul, range(1, 10)), sorted(['bb', 'a', 'ccc'], key=len))
for e in ['itemgetter()', 'attrgetter(1)', 'methodcaller()', 'methodcaller(1)', 'operator.add(1)', "itemgetter(5)('abc')",
          "attrgetter('nope')(p)", 'operator.indexOf([1], 2)', "operator.concat(1, 2)"]:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
