# Division by zero, float overflow, inf and nan, int/float conversions inside hot loops.
import math

errors = {"zero": 0, "overflow": 0, "value": 0}
acc = 0.0
for i in range(3000):
    try:
        acc += 1 / (i % 13)
    except ZeroDivisionError:
        errors["zero"] += 1
    try:
        if i % 500 == 0:
            float(10 ** 400)
    except OverflowError:
        errors["overflow"] += 1
    try:
        if i % 700 == 0:
            int("x%d" % i)
    except ValueError:
        errors["value"] += 1
print(errors, round(acc, 6))

x = 1.0
steps = 0
while not math.isinf(x):
    x *= 3.5
    steps += 1
print(steps, x, -x, x - x != x - x)
nan = float("nan")
print([nan == nan, nan != nan, nan < 1, max(1.0, 2.0), min(-0.0, 0.0)])
vals = []
for i in range(-1000, 1000):
    vals.append(i // 7 + i % 7 + int(i / 7) + divmod(i, -3)[1])
print(sum(vals), vals[:5])
print(sum(i * 0.1 for i in range(3000)), 2 ** 0.5, 10 ** -3, (-8) ** (1 / 3) if False else 7 // -2)
print([round(2.5), round(3.5), round(-2.5), round(0.125, 2), int(-3.9), int(3.9)])
