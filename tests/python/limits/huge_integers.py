# Huge integers: 10**100000 computes, its str() hits CPython 3.11's digit limit, and the limit is settable.
import sys

big = 10 ** 100000
print(big.bit_length(), big % 999983, (big + 1) % 10, big // 10 ** 99990, len(hex(big)))
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
ok = 10 ** 4299
print(len(str(ok)), str(ok)[:5], len(repr(-ok)))
try:
    print(f"{10 ** 4300}")
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(big)), str(big)[:3], str(big)[-3:])
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5999)), int("7" * 6000) % 1000)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
f = 1
for i in range(1, 2000):
    f *= i
print(f.bit_length(), f % (10 ** 9 + 7), hex(f)[:12])
print(2 ** 10000 % 10 ** 12, pow(7, 10 ** 5, 10 ** 9 + 9), (3 ** 5000).bit_count() > 0)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 == float("inf"), (10 ** 400) // (10 ** 399))
