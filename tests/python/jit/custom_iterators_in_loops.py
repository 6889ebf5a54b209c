# Iterator protocol implemented in Python, iterators replaced and exhausted in hot loops.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


total = 0
for v in Countdown(3000):
    total += v
print(total)


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 2


print(sum(Seq(2000)), list(Seq(5)))
it = iter(range(3000))
firsts = []
for x in it:
    if x % 1000 == 0:
        firsts.append(next(it))
print(firsts)


def pairs(n):
    a = iter(range(n))
    return list(zip(a, a))


print(pairs(3000)[-1], len(pairs(3001)))
print(list(map(lambda x, y: x * y, range(5), range(10, 15))), list(filter(None, [0, 1, "", "a"])))
print(sorted(range(3000), key=lambda x: (x % 7, -x))[:5])
print(list(reversed([1, 2, 3])), list(enumerate("abc", 1)), any(x > 2998 for x in range(3000)))
