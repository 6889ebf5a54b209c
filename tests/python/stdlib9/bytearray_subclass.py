# Subclasses of bytearray: construction through __init__, methods, attributes, repr, operators
# (which give plain bytearrays, as CPython), in-place changes, and a hot loop that changes the
# type of what it appends.
class Buffer(bytearray):
    def __init__(self, *args, label='buf'):
        super().__init__(*args)
        self.label = label

    def checksum(self):
        return sum(self) % 256

    def __repr__(self):
        return f'{self.label}:{bytearray.__repr__(self)}'


class Plain(bytearray):
    pass


b = Buffer(b'abc', label='first')
print(repr(b), b.checksum(), len(b), b.label, isinstance(b, bytearray), type(b).__name__)
p = Plain(b'xyz')
print(repr(p), p == b'xyz', p.upper(), type(p.upper()).__name__, type(p + b'!').__name__, type(p * 2).__name__)
print(repr(Plain()), repr(Plain(3)), repr(Plain('hé', 'utf-8')), repr(Plain([65, 66])), repr(Plain(range(3))))
p.extend(b'123')
p.append(33)
p[0] = 88
p += b'++'
print(repr(p), type(p).__name__, p[1:3], type(p[1:3]).__name__, p.pop(), p.decode())
del p[:2]
p.insert(0, 0x41)
print(repr(p), p.find(b'1'), p.hex(), bytes(p), list(p)[:3])
p.x = 'attr'
print(p.x, sorted(vars(p)), hash(bytes(p)) == hash(bytes(p)))
try:
    hash(p)
except TypeError as e:
    print('hash', e)
print(Plain.__mro__[1:], issubclass(Plain, bytearray))


class Counted(bytearray):
    made = 0

    def __new__(cls, *args):
        Counted.made += 1
        return super().__new__(cls, *args)


c = Counted(b'data')
print(repr(c), Counted.made, c.replace(b'a', b'o'))

total = Buffer()
for i in range(300):
    item = i % 256 if i % 50 else bytes([i % 256, 1])
    if isinstance(item, int):
        total.append(item)
    else:
        total.extend(item)
print(len(total), total.checksum(), total[-5:], type(total).__name__)
try:
    Plain(-1)
except ValueError as e:
    print('ValueError', e)
try:
    Plain('text')
except TypeError as e:
    print('TypeError', e)
