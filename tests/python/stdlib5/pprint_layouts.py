import pprint, collections, types, dataclasses
data = {'name': 'server-01', 'roles': ['web', 'db', 'cache'], 'limits': {'cpu': 4, 'mem_gb': 16, 'disk': [100, 200, 300]},
        'tags': ('prod', 'eu-west'), 'ports': set(range(8000, 8012)), 'owner': None, 'ratio': 0.75,
        'notes': 'This machine hosts the primary web front end and a read replica of the database; reboot on Sundays only.',
        'blob': bytes(range(40)), 'nested': [[1, 2, [3, 4, [5, 6, [7, 8]]]], {'a': {'b': {'c': {'d': 'deep'}}}}]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=60, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=100)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), width=30, compact=True)
pprint.pprint([list(range(10))] * 4, width=40)
pprint.pprint({'big': 12345678901234567890, 'n': [10**6, 2**40]}, underscore_numbers=True, width=30)
pprint.pprint(('single',) * 1, width=5)
pprint.pprint(frozenset('abcdefghij'), width=20)
pprint.pprint(collections.OrderedDict((str(i), i * i) for i in range(12)), width=40)
dd = collections.defaultdict(list); dd['x'].extend(range(20)); dd['y'].append('z')
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('mississippi river banks'), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta='b' * 30), width=40)
@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    history: list = dataclasses.field(default_factory=list)
pprint.pprint(Point(1, 2, 'a long label for this point', list(range(20))), width=40)
pprint.pprint([Point(1, 2)] * 3, width=40)
r = [1, 2]; r.append(r)
print(pprint.pformat(r).split(' with id=')[0])
print(pprint.saferepr(r) .split(' with id=')[0], pprint.isrecursive(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
s = 'word ' * 40
pprint.pprint(s, width=30)
pprint.pprint([s], width=30)
pprint.pprint({'text': 'line one\nline two is a fair bit longer than the first\nthree\n'}, width=30)
pprint.pprint(bytearray(b'abcdefghijklmnopqrstuvwxyz' * 2), width=30)
print(pprint.pformat({'b': 1, 'a': [1, 2, 3]}, width=10))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint({'level1': {'level2': {'level3': {'level4': 'x'}}}, 'list': [[[[1]]]]})
print(pp.pformat(list('abcdefghijkl')))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print(e)
pprint.pprint({3: 'c', 'a': 1, 2.5: 'f', (1, 2): 't'}, width=20)
pprint.pprint({}, width=1); pprint.pprint([], width=1); pprint.pprint(set(), width=1); pprint.pprint((), width=1)
