import uuid, reprlib
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.version, u.variant, u.time, u.clock_seq, u.node)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/a'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
u4 = uuid.uuid4(); print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4())
u1 = uuid.uuid1(); print(u1.version, u1.variant, uuid.uuid1(node=0x123456789abc, clock_seq=42).node == 0x123456789abc, uuid.uuid1(clock_seq=42).clock_seq)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=3)]), uuid.UUID(int=5) > uuid.UUID(int=3), int(uuid.UUID(int=7)), {uuid.UUID(int=1): 'x'}[uuid.UUID(int=1)])
print(uuid.UUID('00000000-0000-0000-0000-000000000000').variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0, version=4))
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(hex='1'*32, int=1), lambda: uuid.UUID(bytes=b'12'), lambda: uuid.UUID(int=-1), lambda: setattr(u, 'x', 1), lambda: uuid.UUID('z' * 32)]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(uuid.SafeUUID.safe, u.is_safe)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(10 ** 50), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(frozenset()))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
n = Node(); n.children.append(n)
print(n)
