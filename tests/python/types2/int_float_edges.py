# Numeric edge cases programs stumble on: division signs, rounding ties, precision, conversions.

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -(-a // b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.0, -1.0), (1e-300, 1e300)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1.0005, 3))
print(int(2.9999999999999996), int(-1e-20), int("-0"), float("-0"), 0.1 + 0.7, 0.3 - 0.1, 1.1 * 3)
print(2 ** 53, 2.0 ** 53, 2.0 ** 53 + 1, float(2 ** 53 + 1), int(float(2 ** 53 + 1)), 9007199254740993 == 9007199254740992.0)
print(1e16 + 1, 1e16 + 2, 1 / 3 * 3 == 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(7 ** 0.5, 8 ** (1 / 3), (-8) ** 2, -8 ** 2, 2 ** -2, 0 ** 0, 0.0 ** 0, pow(0, 0))
print(10 // 3 * 3 + 10 % 3, -10 // 3 * 3 + -10 % 3, 3 * 0.1, 100 * 1.1, 1.15 * 100)
print(int("1" * 20), float("1" * 20), 1e20 == 10 ** 20, 1e23 == 10 ** 23, 2 ** 64 == 2.0 ** 64)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sum([0.1] * 3), sum([1, 2, 3], 0.0))
print(5 // 0.3, 5 % 0.3, -5 // 0.3, 5.5 // -1, float.fromhex("0x1.fffffffffffffp1023"), (2 ** 0.5) ** 2)
print(abs(-0.0), -0.0 == 0.0, str(-0.0), repr(-0.0 + 0.0), 0.0 * -1, (-0.0) ** 2, round(-0.4))
print(True + 1.5, 3 * True, 10 / True, 7 // 2.0, 7.0 // 2, int(7 / 2), 7 >> 1, -7 >> 1, 1 << 70 >> 69)
