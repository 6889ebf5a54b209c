from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap

print('--- deque')
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(list(d), list(reversed(d)), 3 in d, 99 in d)
d[1] = 'x'
del d[0]
print(d, d.count(7), d.index(7))
d.remove(7)
d.reverse()
print(d)
d.insert(1, 'ins')
print(d, d == deque(d), d == list(d), deque([1, 2]) < deque([1, 3]))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend(range(20, 25))
print(m)
print(deque(), deque(maxlen=2), deque('abc') + deque('de'), deque([1, 2]) * 2)
e = deque()
for i in range(10):
    e.append(i)
    if i % 3 == 0:
        e.popleft()
print(e, [e.pop() for _ in range(3)], e)
q = deque([('a', 0)])
seen = []
while q:
    node, depth = q.popleft()
    seen.append(node)
    if depth < 2:
        q.append((node + 'l', depth + 1))
        q.append((node + 'r', depth + 1))
print(seen)
pal = deque('racecar')
ok = True
while len(pal) > 1:
    if pal.popleft() != pal.pop():
        ok = False
print(ok, pal)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1], maxlen=1).insert(0, 2)):
    try:
        bad()
    except (IndexError, ValueError) as ex:
        print(type(ex).__name__, ex)
c = deque([1, 2, 3])
c.clear()
print(c, bool(c), bool(deque([0])))

print('--- defaultdict')
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), 'zz' in dd, dd.get('qq'), 'qq' in dd)
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
print(defaultdict(None, {1: 2}), isinstance(di, dict))
try:
    defaultdict(None)['x']
except KeyError as ex:
    print('KeyError', ex)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), dd.copy())

print('--- Counter')
cnt = Counter('abracadabra')
print(cnt)
print(cnt.most_common(), cnt.most_common(2), cnt['z'], cnt.total())
print(sorted(cnt.elements()))
cnt.update('aaz')
cnt.update({'b': 5})
print(cnt)
cnt.subtract('aaaa')
cnt.subtract({'q': 2})
print(cnt)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -Counter(a=-2, b=3))
print(Counter(), Counter([3, 1, 3, 2, 1, 3]), Counter({'x': 1}) == Counter({'x': 1, 'y': 0}))
del cnt['a']
del cnt['nothing']
print(cnt, list(cnt.keys()))
a += b
print(a)
a -= Counter(a=10)
print(a)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
print(Counter(words) <= Counter(words + ['x']), isinstance(cnt, dict))

print('--- OrderedDict')
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), OrderedDict())
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2), OrderedDict.fromkeys('ab', 0))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)

print('--- namedtuple')
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2), Point._fields)
x, y = p
print(x + y, p._asdict(), p._replace(y=5), Point._make([3, 4]), isinstance(p, tuple))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(c=3, a=1), P3._field_defaults)
R = namedtuple('R', 'ok def ok _x', rename=True)
print(R._fields, R(1, 2, 3, 4))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), hash(p) == hash((1, 2)))
print(Point(x=7, y=8), Point.__name__, p.count(1), p.index(2))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple('Q', 'a a'),
            lambda: namedtuple('Q', 'a _b'), lambda: namedtuple('Q', 'a class'),
            lambda: p._replace(z=1), lambda: Point._make([1])):
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))

print('--- ChainMap')
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, cm.get('zz', -1))
cm['d'] = 4
print(over, cm.maps)
child = cm.new_child()
child['a'] = 100
print(child['a'], cm['a'], child.parents['a'], dict(child) == {'a': 100, 'b': 20, 'c': 30, 'd': 4})
print(ChainMap({'x': 1}))

print('--- details')
print(Point, type(p), Point.__doc__, Point.__module__, Point.__qualname__)
try:
    p.x = 5
except AttributeError as ex:
    print('AttributeError', ex)
match p:
    case Point(a, b):
        print('match', a, b)
try:
    deque([1, 2, 3])[1:2]
except TypeError as ex:
    print('TypeError', ex)
try:
    m.maxlen = 3
except AttributeError as ex:
    print('AttributeError', ex)
print([deque([1])], str(deque('ab')), f"{deque([1])}", deque, Counter, defaultdict, OrderedDict)
print(Counter('aabbbc') - Counter('ab'), Counter(a=2) == Counter(a=2))
