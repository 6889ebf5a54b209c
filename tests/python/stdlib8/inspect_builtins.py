# A documentation helper as tools write them: the signatures of built-in functions and
# methods (from their text signatures), bound and unbound, binding arguments against them,
# and the built-ins that have none.
import inspect


def describe(obj):
    name = getattr(obj, "__qualname__", repr(obj))
    try:
        sig = inspect.signature(obj)
    except ValueError as e:
        return "%s: no signature (%s)" % (name, str(e).split(" <")[0])
    kinds = ",".join(p.kind.name[:3].lower() for p in sig.parameters.values())
    return "%s%s [%s]" % (name, sig, kinds)


for obj in [len, sorted, abs, divmod, isinstance, hash, round, pow, sum, format, print, open, __import__,
            repr, id, chr, ord, sorted, any, all, callable, hex, bin, oct, ascii, iter, next, getattr, min,
            max, vars, dir, range, int]:
    print(describe(obj))
print()
for obj in [str.join, "a,b".join, str.split, str.replace, str.startswith, list.append, [].append,
            list.index, list.sort, list.pop, dict.get, {}.get, dict.setdefault, dict.fromkeys,
            int.from_bytes, int.to_bytes, bytes.hex, set.add, str.__add__, "a".__add__, float.hex]:
    print(describe(obj))
print()
print("stop default:", inspect.signature(list.index).parameters["stop"].default)
sig = inspect.signature(sorted)
bound = sig.bind([3, 1, 2], key=abs, reverse=True)
print("bind:", bound.arguments)
for bad in [lambda: sig.bind(), lambda: sig.bind([1], [2]), lambda: sig.bind(iterable=[1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(inspect.getfullargspec(len))
print(inspect.getfullargspec(str.join))
print(len.__text_signature__, str.join.__text_signature__, [].append.__text_signature__)
print(str.join.__qualname__, "x".join.__qualname__, dict.fromkeys.__qualname__, len.__qualname__)
