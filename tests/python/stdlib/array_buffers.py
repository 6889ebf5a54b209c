# Typed arrays: sensor samples stored compactly, converted to and from bytes.
from array import array
import array as array_module

samples = array("h", [120, -45, 300, 0, -32768, 32767])
print(samples, len(samples), samples.itemsize, samples.typecode)
print(samples[1], samples[-1], samples[1:4], samples[::2])
raw = samples.tobytes()
print(len(raw), raw[:6])
restored = array("h")
restored.frombytes(raw)
print(restored == samples, restored.tolist())

samples.append(7)
samples.extend([8, 9])
samples.insert(0, -1)
print(samples, samples.pop(), samples.pop(0), samples.index(300), samples.count(0))
samples.remove(0)
samples.reverse()
print(samples)
samples[0] = 11
samples[1:3] = array("h", [1, 2, 3])
del samples[-1]
print(samples, 300 in samples, 5 in samples)

doubles = array("d", [0.5, 1.25])
doubles += array("d", [2.0])
print(doubles, doubles * 2, 2 * array("d", [1.0]), sum(doubles))
floats = array("f", [0.1, 1 / 3])
print(floats, floats[0] == 0.1)
print(array("B", b"\x00\x7f\xff"), array("b", b"\x00\x7f\xff"), array("u", "hello"), array("u", "hi").tounicode())
print(array("I", [1, 2]).tobytes(), array("q", [-1]).tobytes(), array("L"), array("i", array("h", [1, 2])))
swapped = array("i", [1, 256])
swapped.byteswap()
print(swapped)
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) == array("d", [1.0]), array("b") == array("b"))
print(array_module.typecodes, array_module.ArrayType is array)

def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("typecode", lambda: array("z"))
attempt("byte overflow", lambda: array("b", [128]))
attempt("ubyte negative", lambda: array("B", [-1]))
attempt("short", lambda: array("h", [1 << 15]))
attempt("uint negative", lambda: array("I", [-5]))
attempt("float for int", lambda: array("i", [1.5]))
attempt("str for float", lambda: array("d", ["x"]))
attempt("unicode item", lambda: array("u", [1]))
attempt("str init", lambda: array("i", "abc"))
attempt("add list", lambda: array("i") + [1])
attempt("extend kind", lambda: array("i").extend(array("d")))
attempt("pop empty", lambda: array("i").pop())
attempt("index", lambda: array("i", [1]).index(2))
attempt("remove", lambda: array("i", [1]).remove(2))
attempt("getitem", lambda: array("i", [1])[5])
attempt("frombytes", lambda: array("i").frombytes(b"abc"))
attempt("slice assign", lambda: array("i", [1, 2]).__setitem__(slice(0, 1), [5]))
attempt("tounicode", lambda: array("i").tounicode())
