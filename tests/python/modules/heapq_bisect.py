import heapq
import bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4]:
    heappush(h, x)
    print(h)
while h:
    print(heappop(h), h)

data = [31, 4, 15, 9, 26, 5, 35, 8, 97, 93, 23, 84, 62, 64, 33, 83, 27, 95, 2, 88]
heapify(data)
print(data)
print(heapreplace(data, 50), data)
print(heappushpop(data, 1), data)
print(heappushpop(data, 40), data)
print(heappushpop([], 3))

t = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapify(t)
print(t)
print([heappop(t) for _ in range(len(t))])

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(nlargest(4, words, key=len))
print(nsmallest(4, words, key=len))
print(nlargest(1, words), nsmallest(1, words), nlargest(0, words), nsmallest(5, []))
print(nlargest(100, [3, 1, 2]), nsmallest(2, iter([5, 4, 3, 2, 1])))
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 1], [8, 6, 2], reverse=True)))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(merge()), list(merge([1, 2])))

for bad in (lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# heap sort with a custom class
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return 'Task(%d, %s)' % (self.pri, self.name)
tasks = []
for i, p in enumerate([5, 1, 4, 1, 5, 9, 2, 6]):
    heappush(tasks, Task(p, 't%d' % i))
print(tasks)
print([heappop(tasks).name for _ in range(8)])

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
print(bisect.bisect_left(a, 4, lo=1, hi=5))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 3), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
