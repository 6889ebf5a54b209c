import itertools as it
from itertools import *
print(repr(count(5)), repr(count()), repr(count(1.5,0.5)), repr(count(2,1.0)), repr(repeat(3)), repr(repeat(3,2)), repr(repeat(3,-1)))
c = count(10**19-2); print(next(c), next(c), repr(c))
print(list(islice(count(), 5)), list(islice(count(3, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(map(pow, range(5), repeat(2))))
print(list(accumulate([1,2,3,4,5])), list(accumulate([1,2,3], initial=100)), list(accumulate([3,1,4,1,5], max)))
print(list(accumulate([1,2,3,4], lambda a, b: a*b)), list(accumulate([])), list(accumulate([], initial=7)))
print(list(chain('ab', [1,2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1,0,1,0,1,1])), list(compress(range(10), [1,0,1])))
print(list(dropwhile(lambda x: x<5, [1,4,6,4,1])), list(takewhile(lambda x: x<5, [1,4,6,4,1])))
print(list(filterfalse(lambda x: x%2, range(10))), list(filterfalse(None, [0,1,'',2,None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
gs = [(k, g) for k, g in groupby('aabbb')]
print([(k, list(g)) for k, g in gs])
print([(k, list(g)) for k, g in groupby([1,2,3,4,5,6], key=lambda x: x//3)])
g = groupby('aaabbc'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g2), list(g1))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice(range(3), 10)), list(islice(range(10), None)))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
print(list(starmap(pow, [(2,5), (3,2), (10,3)])), list(starmap(max, [[1,5,2], 'ab'])))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee('abc', 3); print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), type(tee([1])[0]).__name__)
a, b = tee(iter([1,2,3])); c, d = tee(a); print(next(a), list(c), list(d), list(b))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1,2,3])), list(zip_longest()))
print(list(product('ab', range(2))), list(product(range(2), repeat=3)), list(product()), list(product('ab', [])))
print(list(permutations('ABCD', 2)), list(permutations(range(3))), list(permutations([1,2], 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('ab', 0)))
print(list(pairwise('ABCDEFG')), list(pairwise('a')), list(pairwise([])))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(4), repeat=4)))
print(type(count()).__name__, type(chain()), repr(chain)[:30], callable(count))
for e in ['count(1,2,3)','count("a")','repeat()','repeat(1,2,3)','islice([1],-1)','islice([1],"a")','islice([1])','islice([1],1,2,3,4)','islice([1],0,1,0)',
          'list(chain(1))','cycle()','permutations([1],-1)','combinations([1],-1)','product([1],repeat=-1)','accumulate()','tee([1],-1)','starmap(len)',
          'zip_longest(1)','groupby()','pairwise()','compress([1])','takewhile(len)','count(x=1)','chain(a=1)','accumulate([1],x=1)',
          'islice([1],"a","b")','islice([1],0,"b")','permutations([1],"a")','combinations([1])','product(1)','zip_longest([1],x=1)','combinations_with_replacement([1],-1)']:
    try:
        eval(e)
        print(e, 'ok')
    except Exception as x:
        print(e, type(x).__name__, x)
c = count(7)
print(iter(c) is c, c.__next__(), c.__iter__() is c, next(c))
r = repeat(1, 1)
print(r.__next__())
try:
    r.__next__()
except StopIteration as e:
    print('StopIteration', e.args)
for x in islice(product('ab', repeat=2), 1, None, 2):
    print(x, end=' ')
print()
