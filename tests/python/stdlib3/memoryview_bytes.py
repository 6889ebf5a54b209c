"""memoryview over bytes, bytearray and array: a small binary record parser and patcher."""
import array
import struct


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# A packet: 2-byte length, 1-byte kind, payload, all little-endian.
def packets(blob):
    view = memoryview(blob)
    pos = 0
    while pos < len(view):
        size = view[pos] | (view[pos + 1] << 8)
        kind = view[pos + 2]
        yield kind, view[pos + 3:pos + 3 + size]
        pos += 3 + size


blob = b"".join(struct.pack("<HB", len(p), k) + p for k, p in [(1, b"hello"), (2, b"\x00\x01\x02"), (7, b"")])
for kind, payload in packets(blob):
    print(kind, payload.nbytes, bytes(payload), payload.tolist(), payload.hex())

m = memoryview(b"abcdef")
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.suboffsets)
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[::-1].strides)
print(list(m[:3]), len(m), bool(memoryview(b"")), m.obj, m[1:3].obj is m.obj)
print(m.hex(), m.hex(":"), m.cast("c").tolist()[:2], m.cast("b").tolist() == m.tolist())
print(m == b"abcdef", m == bytearray(b"abcdef"), m == "abcdef", m != b"abc", m[2:] == memoryview(b"cdef"))
print(hash(m) == hash(b"abcdef"), hash(m[1:3]) == hash(b"bc"))
for label, fn in [
    ("str key", lambda: m["a"]),
    ("float key", lambda: m[1.0]),
    ("too far", lambda: m[6]),
    ("too far back", lambda: m[-7]),
    ("lt", lambda: m < m),
    ("from int", lambda: memoryview(5)),
    ("from str", lambda: memoryview("text")),
    ("cast size", lambda: m.cast("i")),
    ("cast shorts", lambda: m.cast("h").tolist()),
    ("cast bad format", lambda: m.cast("x")),
    ("cast 2d", lambda: m.cast("B", [2, 3]).tolist()),
    ("2d shape", lambda: (m.cast("B", (2, 3)).shape, m.cast("B", (2, 3)).strides, len(m.cast("B", [3, 2])))),
    ("2d item", lambda: m.cast("B", [2, 3])[0]),
    ("non-byte cast", lambda: m.cast("h").cast("i")),
    ("strided cast", lambda: m[::2].cast("h")),
    ("doubles", lambda: memoryview(struct.pack("<2d", 1.5, -0.25)).cast("d").tolist()),
    ("bools", lambda: memoryview(b"\x01\x00").cast("?").tolist()),
    ("concat", lambda: b"<" + m[:2] + b">"),
    ("join", lambda: b"-".join([m[:1], m[1:2]])),
    ("bytearray copy", lambda: bytearray(m[4:])),
]:
    show(label, fn)

# writes through a view land in the bytearray
buf = bytearray(b"hello world")
view = memoryview(buf)
view[0] = ord("H")
view[6:11] = b"WORLD"
print(buf, view.readonly)
for label, fn in [
    ("write ro", lambda: m.__setitem__(0, 1)),
    ("delete", lambda: view.__delitem__(0)),
    ("too big", lambda: view.__setitem__(0, 256)),
    ("wrong type", lambda: view.__setitem__(0, "a")),
    ("wrong size", lambda: view.__setitem__(slice(0, 2), b"xyz")),
    ("hash writable", lambda: hash(view)),
]:
    show(label, fn)


def try_resize(what, op):
    try:
        op()
        print(what, "ok", bytes(buf))
    except BufferError as e:
        print(what, "BufferError:", e)


try_resize("append", lambda: buf.append(33))
try_resize("extend", lambda: buf.extend(b"!!"))
try_resize("pop", lambda: buf.pop())
try_resize("same-size slice", lambda: buf.__setitem__(slice(0, 1), b"J"))
view.release()
print(repr(view).startswith("<released memory at 0x"))
for label, fn in [("len", lambda: len(view)), ("item", lambda: view[0]), ("tobytes", lambda: view.tobytes()),
                  ("nbytes", lambda: view.nbytes), ("equal self", lambda: view == view)]:
    show(label, fn)
try_resize("append after release", lambda: buf.append(33))

with memoryview(bytearray(b"scratch")) as tmp:
    tmp[0] = ord("S")
    print(tmp.tobytes(), tmp.obj)
show("after with", lambda: tmp.tobytes())
ro = memoryview(bytearray(b"xy")).toreadonly()
show("toreadonly", lambda: (ro.readonly, ro.tobytes()))
show("write toreadonly", lambda: ro.__setitem__(0, 1))

# an array exports its items with their own format
nums = array.array("i", [1, 2, 3])
v = memoryview(nums)
print(v.format, v.itemsize, v.nbytes, v.tolist(), v[1], v.shape, v.strides)
v[1] = 20
print(nums, v.cast("B").tolist(), v == nums, bytes(v) == nums.tobytes())
show("array float into int", lambda: v.__setitem__(0, 1.5))
show("array overflow", lambda: v.__setitem__(0, 2 ** 40))
d = memoryview(array.array("d", [1.5, 2.5]))
print(d.tolist(), d[0], d.format)
