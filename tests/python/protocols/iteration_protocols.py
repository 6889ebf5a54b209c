# Iterators: __iter__/__next__, the old __getitem__ protocol, iter(callable, sentinel), __reversed__.


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


cd = Countdown(4)
print(list(cd), list(cd), list(reversed(cd)), sum(cd), 3 in cd, 9 in cd)


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
print(next(f), next(f), next(f), list(f), list(f), next(f, "done"))


class Squares:
    """Only __getitem__: iteration stops at IndexError."""

    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 16 in Squares(), 15 in Squares(), [x for x in Squares() if x % 2])
it = iter(Squares())
print(next(it), next(it), type(it).__name__)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "abc"[i]


print(list(reversed(Seq())), list(Seq()), "".join(Seq()))
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)), list(data))
lines = ["a", "b", "", "c"]
reader = iter(lines)
print(list(iter(reader.__next__, "")))


class BadIter:
    def __iter__(self):
        return 42


for bad in (lambda: iter(5), lambda: iter(BadIter()), lambda: next([1]), lambda: list(None), lambda: reversed({1})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def chunked(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk


print(list(chunked(range(7), 3)), list(chunked([], 2)))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), iter(it) is it)
e = enumerate("xyz", start=1)
print(next(e), list(e))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.items())), type(iter(d.values())).__name__)
m = map(str, range(3))
print(next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "x", None, []])), sorted(filter(str.isupper, "aBcD")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed("abc")), list(reversed(range(2, 8, 2))))
a, b, *rest = Countdown(5)
print(a, b, rest, [*Countdown(2), *Squares()], {*Countdown(3)}, dict.fromkeys(Countdown(2)))
print(max(Countdown(6)), min(Fib(50)), sorted(Countdown(3)), any(Countdown(0)), all(Countdown(3)))
