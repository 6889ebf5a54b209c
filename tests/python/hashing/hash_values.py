# hash() of built-in values under a fixed PYTHONHASHSEED, as CPython 3.11 computes them
import sys

strings = ["", "a", "b", "ab", "abc", "hello", "hello world", "Hello, World!",
           "x" * 7, "y" * 8, "z" * 9, "0123456789abcdef", "the quick brown fox jumps over the lazy dog",
           "café", "naïve", "ÿ", "\x80", "Ā", "€", "日本語", "Ελληνικά", "\uffff",
           "😀", "a😀b", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "mixed é € 😀", "\ud800", "tab\there", "new\nline"]
for s in strings:
    print(repr(s), hash(s))

for b in [b"", b"a", b"abc", b"\x00\x01\x02", bytes(range(20)), "café".encode()]:
    print(b, hash(b))
print(hash("abc") == hash(b"abc"), hash("é") == hash("é".encode("latin-1")))

ints = [0, 1, -1, -2, 2, 255, 1000, -1000, 2**31, 2**32, 2**61 - 2, 2**61 - 1, 2**61, 2**62,
        2**63 - 1, -2**63, 2**64, -(2**64), 10**20, -10**20, 3**100, -(7**80)]
for i in ints:
    print(i, hash(i))

floats = [0.0, -0.0, 0.5, 1.0, -1.0, 1.5, -2.5, 3.141592653589793, 1e-10, 1e10, 1e100, -1e300,
          5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), 123456789.125]
for f in floats:
    print(f, hash(f))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2**61 - 1), hash(float(2**61)))

for c in [0j, 1j, 1 + 2j, -3.5 - 4j, complex(1e300, -1e300), 2 + 0j]:
    print(c, hash(c))
print(hash(2 + 0j) == hash(2))

tuples = [(), (1,), (1, 2), (2, 1), ("a", "b"), (1, (2, (3, (4,)))), ("x", 1.5, -7, b"q"),
          (True, False), ((), ()), tuple(range(50))]
for t in tuples:
    print(t, hash(t))

frozen = [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset("abc"), frozenset(["x", "y"]),
          frozenset([frozenset([1]), frozenset([2])]), frozenset(range(100)), frozenset([(1, 2), "z", 3.5])]
for f in frozen:
    print(sorted(f, key=repr), hash(f))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

class Big:
    def __hash__(self):
        return 2**70

class MinusOne:
    def __hash__(self):
        return -1

print(hash(Point(1, 2)) == hash((1, 2)), hash(Big()), hash(MinusOne()))
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}))

info = sys.hash_info
print(info.width, info.modulus, info.inf, info.nan, info.imag, info.algorithm, info.hash_bits,
      info.seed_bits, info.cutoff)

for bad in [[1], {1: 2}, {3}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
