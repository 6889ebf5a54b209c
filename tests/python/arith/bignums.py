def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = factorial(60)
print(f)
print(f // factorial(58), f % 1000000007)
print(len(str(factorial(300))))
a = 2 ** 127 - 1
b = -(3 ** 80)
print(a + b, a - b, a * b, a // b, a % b, -a // 7, -a % 7)
print(a & 0xffff, a | 1, b & 0xff, b >> 5, b << 3, ~b)
print(a == 2 ** 127 - 1, a > b, b < 0, a // a, abs(b))
print(int(str(a)) == a, hex(a), oct(2 ** 70))
print(10 ** 30 / 10 ** 10, 2 ** 200 / 2 ** 199)
n = 1
for _ in range(100):
    n = n * 3 + 1
print(n, n.bit_length())
print(pow(12345678901234567890, 98765, 10 ** 20 + 39))
print(sum(range(10 ** 6)), 2 ** 64 - 1, -(2 ** 64))
