# Ints crossing the 64-bit boundary both ways in compiled arithmetic, mixed with floats and bools.
LIMIT = 2 ** 63
values = []
x = LIMIT - 1500
for i in range(3000):
    x += 1
    values.append(x >= LIMIT)
print(values.count(True), x - LIMIT)

y = -(2 ** 63) + 5
for i in range(10):
    y -= 1
print(y, y < -(2 ** 63), y + 2 ** 64)

acc = 0
for i in range(1, 3000):
    acc = (acc * 31 + i) % (2 ** 89 - 1)
print(acc)
print([2 ** k - 1 for k in (62, 63, 64, 65)])
print([(-2) ** k for k in (63, 64)], 3 ** 40 // 7 ** 20, -(3 ** 40) // 7 ** 20, (3 ** 40) % -(7 ** 20))
print(float(2 ** 70), int(1e20), 2 ** 64 * 0.5, True + 2 ** 64, (2 ** 64) >> 3, 1 << 70, ~(2 ** 64))
print(hash(2 ** 64) == hash(2 ** 64), 2 ** 64 == 2.0 ** 64, divmod(2 ** 70, 12345))
