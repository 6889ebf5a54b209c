import io

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = iter(["first", "second", "", "after"])
print(list(iter(lambda: next(data), "")))
print(next(data))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
stream = io.StringIO("line one\nline two\n\nline four\n")
for line in iter(stream.readline, ""):
    print(repr(line))
blocks = io.BytesIO(b"abcdefghij")
print(list(iter(lambda: blocks.read(4), b"")))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(iter(c) is c, list(c), list(c))


class OldStyle:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return chr(ord("a") + i)


print(list(OldStyle()), "c" in OldStyle(), list(iter(OldStyle())))


class NotIter:
    __iter__ = None


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
r = iter(range(3))
print(type(r).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(())).__name__)
print(list(zip(*[iter("abcdef")] * 2)))
g = (x * 2 for x in range(3))
print(iter(g) is g, next(g), list(g), next(g, "empty"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di))
d["c"] = 3
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
si = iter(s)
next(si)
s.add(3)
try:
    next(si)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
