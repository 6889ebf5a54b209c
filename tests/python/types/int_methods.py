# Integer methods and conversions a program meets when it parses and packs numbers.

def show(label, value):
    print(f"{label:<28} {value!r}")


for n in (0, 1, 7, 255, 256, -1, -129, 2**31, 2**63 - 1, 2**64, -(2**70)):
    show(f"bit_length({n})", n.bit_length())

show("bit_count(255)", (255).bit_count())
show("bit_count(-7)", (-7).bit_count())
show("as_integer_ratio(12)", (12).as_integer_ratio())
show("conjugate(5)", (5).conjugate())
show("real/imag", ((9).real, (9).imag))
show("numerator/denominator", ((9).numerator, (9).denominator))

# int() from strings in various bases
samples = [("42", 10), ("-0x1f", 16), ("0b1011", 0), ("0o777", 0), ("zz", 36),
           ("1_000_000", 10), ("  12  ", 10), ("+7", 10), ("0x_ff", 0), ("077", 8)]
for text, base in samples:
    show(f"int({text!r}, {base})", int(text, base))

for bad, base in [("", 10), ("12a", 10), ("0x", 16), ("9", 8), ("1__0", 10), ("010", 0), ("1.5", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)

for base in (1, 37, -2):
    try:
        int("10", base)
    except ValueError as e:
        print("ValueError:", e)

try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)

try:
    int(None)
except TypeError as e:
    print("TypeError:", e)

# to_bytes / from_bytes round trips
for value, length, order, signed in [(1024, 2, "big", False), (1024, 4, "little", False),
                                     (-1, 2, "big", True), (-300, 3, "little", True),
                                     (2**64 - 1, 8, "big", False)]:
    raw = value.to_bytes(length, order, signed=signed)
    back = int.from_bytes(raw, order, signed=signed)
    print(value, raw, back, back == value)

print(int.from_bytes(b"\x00\x10", "big"))
print(int.from_bytes([1, 2, 3], "little"))
print((65).to_bytes())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)

# conversions
print(int(7.9), int(-7.9), int(True), int("  -0  "))
print(hex(255), oct(8), bin(-5), format(255, "x"), format(255, "#b"))
print(int("١٢٣"))  # Arabic-Indic digits
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(pow(3, 4), pow(3, 4, 5), pow(2, -1, 7), pow(-3, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(abs(-2**100), -(-5), +5, ~5, ~-1)
print(int.__name__, (5).__class__.__name__, isinstance(True, int))
print(sum(range(101)), max(3, -4, 2, key=abs), min([5, 3, 9]))
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** -1, 10 / 4)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2 ** 3 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
