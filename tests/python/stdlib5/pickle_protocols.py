import pickle, io, collections
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b): self.a = a; self.b = b
class Account:
    def __init__(self, owner, balance): self.owner = owner; self.balance = balance; self.log = ['open']
    def __getstate__(self):
        s = dict(self.__dict__); del s['log']; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.log = ['restored']
class Temp:
    def __init__(self, c): self.c = c
    def __reduce__(self): return (Temp, (self.c,))
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**100, 10**100,
          0.0, 1.5, -2.25e300, float('inf'), '', 'a', 'héllo ☃', 'x' * 300, b'', b'\x00\xff', b'y' * 300, bytearray(b'ba'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, set(), {1, 2, 3}, frozenset({4, 5}), frozenset(),
          int, len, Point, complex(1, 2), range(1, 10, 2), slice(1, 5)]
for proto in range(6):
    out = []
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        out.append(ok)
    print(proto, all(out), [values[i] for i, ok in enumerate(out) if not ok])
for proto in [0, 1, 2, 3, 4, 5]:
    for v in [None, True, 1, 300, 70000, -5, 2**40, -2**70, 1.5, 'abc', b'abc', (1, 'a'), [1, 2], {'k': 'v'}, {1, 2}, frozenset([3]), (), [[]], bytearray(b'x'), int, Point]:
        print(proto, repr(v)[:30], pickle.dumps(v, proto))
p = Point(1, [2, 3])
for proto in range(6):
    data = pickle.dumps(p, proto)
    print(proto, data, pickle.loads(data))
shared = [1, 2]
obj = {'a': shared, 'b': shared, 't': (shared, shared)}
back = pickle.loads(pickle.dumps(obj))
print(back, back['a'] is back['b'], back['t'][0] is back['a'], pickle.dumps(obj))
rec = [1]; rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec)); print(r2[1] is r2, pickle.dumps(rec))
s = pickle.loads(pickle.dumps(Slotted(1, 'two'))); print(s.a, s.b, pickle.dumps(Slotted(1, 'two')))
a = pickle.loads(pickle.dumps(Account('ann', 10))); print(a.owner, a.balance, a.log)
t = pickle.loads(pickle.dumps(Temp(5))); print(type(t).__name__, t.c, pickle.dumps(Temp(5)))
big = {'rows': [{'id': i, 'name': 'n%d' % i, 'vals': list(range(i % 7))} for i in range(2000)]}
data = pickle.dumps(big)
print(len(data), pickle.loads(data) == big, data[:40])
f = io.BytesIO(); pickle.dump([1, 2], f); pickle.dump('second', f); f.seek(0)
print(pickle.load(f), pickle.load(f))
print(pickle.loads(b'(lp0\nI1\naI2\na.'), pickle.loads(b"(dp0\nS'k'\np1\nS'v'\np2\ns."), pickle.loads(b'cbuiltins\nlen\np0\n.'))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
od = collections.OrderedDict(a=1, b=2)
print(pickle.loads(pickle.dumps(od)) == od)
for bad in [lambda: pickle.loads(b''), lambda: pickle.loads(b'\x80\x04Z'), lambda: pickle.dumps(1, 6), lambda: pickle.dumps((x for x in [])), lambda: pickle.loads('str')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
def f():
    class Local: pass
    return Local()
try: pickle.dumps(f())
except Exception as e: print(type(e).__name__, e)
try: pickle.dumps(lambda: 0)
except pickle.PicklingError as e: print('PicklingError', str(e).split(' at ')[0])
