class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s + [5], sorted(s, reverse=True))
s.label = "mine"
print(s.label, s == [1, 2, 3, 4], list(reversed(s)), s[1:3], 3 in s)


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


d = DefaultDict(list, a=[1])
d["a"].append(2)
d["b"].append(3)
print(d, len(d), sorted(d.keys()), d.get("zzz"), "zzz" in d, isinstance(d, dict))


class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: -kv[1])[:n]


c = Counter("abracadabra")
print(c, c.most_common(2), c["a"])


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"{int(self)} {self.currency}"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)


m = Money(5) + Money(7)
print(m, m * 2, m > 10, isinstance(m, int), m.currency, Money(3, "USD"), hash(Money(4)) == hash(4))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
print(n, n.shout(), len(n), n + " lovelace", n == "ada", repr(n), f"{n:>5}", {n: 1}["ada"])


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"


p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), tuple(p), sum(p))


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32


t = Celsius(100)
print(t, t.fahrenheit(), t + 1, round(Celsius(21.456), 1))


class UniqueList(list):
    def append(self, x):
        if x not in self:
            super().append(x)


u = UniqueList()
for v in [1, 2, 1, 3, 2]:
    u.append(v)
print(u)
