import math

print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(500))))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(24, 36, 60), math.gcd(7))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(10 ** 20, 15))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(50, 25), math.comb(100, 3))
print(math.perm(5, 2), math.perm(5), math.perm(4, 4), math.perm(3, 5), math.perm(20, 10))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 99, 100)], math.isqrt(10 ** 40 + 1))
print([math.comb(6, k) for k in range(7)])
pascal = [[math.comb(n, k) for k in range(n + 1)] for n in range(6)]
for row in pascal:
    print(" ".join(str(v) for v in row).center(20))
for args in ((5, 2.0), (-1, 2), (5, -2), ("5", 2)):
    try:
        print(math.comb(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print("TypeError:", e)
print(math.floor(7 / 2), 7 // 2, -7 // 2, math.ceil(7 / 2), -(-7 // 2))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (37).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(10 ** 30, 10 ** 15 + 7), pow(3, 200, 10 ** 12), 2 ** 64 - 1, -(2 ** 63), (2 ** 63) * 2)
print(7 .__index__(), int("z", 36), int("-0x1f", 16), int("  0b1010  ", 0), int("١٢٣"))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10, math.prod(range(1, 21)) == math.factorial(20))


def is_prime(n):
    if n < 2:
        return False
    for p in range(2, math.isqrt(n) + 1):
        if n % p == 0:
            return False
    return True


print([n for n in range(60) if is_prime(n)])
print(math.gcd(*[n * 6 for n in range(1, 10)]), math.lcm(*range(1, 21)))
