# int <-> bytes, float hex forms, slice.indices, str searches within bounds, compile().


def encode_varint_table(values, width):
    out = bytearray()
    for v in values:
        out += v.to_bytes(width, "little", signed=True)
    return bytes(out)


def decode_table(data, width):
    return [int.from_bytes(data[i:i + width], "little", signed=True) for i in range(0, len(data), width)]


nums = [0, 1, -1, 127, -128, 30000, -30000]
blob = encode_varint_table(nums, 2)
print(blob.hex(), decode_table(blob, 2) == nums)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", byteorder="little"),
      int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print((65535).to_bytes(2, "big"), (1).to_bytes(4, byteorder="little"), (2 ** 64).to_bytes(9, "big"), (5).to_bytes())
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True)):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for x in (1.0, 0.1, -2.5, 1e300, 5e-324, 0.0, -0.0, float("inf"), 3.141592653589793):
    h = x.hex()
    print(h, float.fromhex(h) == x)
print(float.fromhex("0x1.8p3"), float.fromhex("  -0X1P-2 "), float.fromhex("ff"), float.fromhex("0x.8"), float.fromhex("inf"))
try:
    float.fromhex("0xzz")
except ValueError as e:
    print("ValueError:", e)

data = list(range(10))
for s in (slice(2, 8), slice(None, None, -1), slice(-3, None), slice(1, 100, 3), slice(None, None, -2)):
    start, stop, step = s.indices(len(data))
    print(s.indices(len(data)), data[s] == [data[i] for i in range(start, stop, step)])

text = "the cat sat on the mat with the hat"
print(text.count("at"), text.count("at", 10), text.count("at", 10, 20), text.count("the", -10), text.count("", 30), text.count("x", 50))
print(text.find("the", 1), text.find("the", 5, 18), text.rfind("the", 0, 20), text.rfind("at", -5))
print(text.index("at", 6), text.rindex("at", 0, 10))
try:
    text.index("the", 32)
except ValueError as e:
    print("ValueError:", e)
positions = []
i = text.find("at")
while i != -1:
    positions.append(i)
    i = text.find("at", i + 1)
print(positions)

source = """
def area(w, h):
    return w * h
total = sum(area(i, i + 1) for i in range(n))
"""
code = compile(source, "<generated>", "exec")
for n in (3, 5):
    namespace = {"n": n}
    exec(code, namespace)
    print(namespace["total"], sorted(k for k in namespace if not k.startswith("__")))
expr = compile("x * 2 + y", "<expr>", "eval")
results = []
for x in range(4):
    results.append(eval(expr, {"x": x, "y": 1}))
print(results)
print(eval(compile("[c.upper() for c in 'abc']", "<expr>", mode="eval")))
counter = {"count": 0}
step = compile("count += 1", "<step>", "exec")
for _ in range(3):
    exec(step, counter)
print(counter["count"])
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print("ValueError:", e)
