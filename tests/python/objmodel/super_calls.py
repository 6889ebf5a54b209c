# super() in single and multiple inheritance, cooperative __init__, classmethods, explicit forms.


class Shape:
    def __init__(self, name, **kw):
        print(f"  Shape.__init__({name!r}, rest={sorted(kw)})")
        self.name = name
        super().__init__(**kw)

    def describe(self):
        return f"shape {self.name}"


class Colored:
    def __init__(self, color="black", **kw):
        print(f"  Colored.__init__({color!r})")
        self.color = color
        super().__init__(**kw)

    def describe(self):
        return f"{self.color} " + super().describe()


class Bordered:
    def __init__(self, border=1, **kw):
        print(f"  Bordered.__init__({border})")
        self.border = border
        super().__init__(**kw)

    def describe(self):
        return f"bordered({self.border}) " + super().describe()


class Square(Colored, Bordered, Shape):
    def __init__(self, side, **kw):
        self.side = side
        super().__init__(name="square", **kw)

    def describe(self):
        return super().describe() + f" side={self.side}"


sq = Square(3, color="red", border=2)
print(sq.describe())
print([c.__name__ for c in Square.__mro__])


class Registry:
    items = []

    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls


class SubRegistry(Registry):
    @classmethod
    def register(cls, x):
        print(f"  SubRegistry.register({x})")
        return super().register(x * 10)


SubRegistry.register(1).register(2)
print(Registry.items, SubRegistry.items)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


d = D()
print(d.who(), super(B, d).who(), super(D, d).who(), super(C, d).who())
print(super(D, D).who(d))


class Account:
    def __init__(self, balance):
        self.balance = balance

    def __repr__(self):
        return f"{type(self).__name__}({self.balance})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance


class Savings(Account):
    def __init__(self, balance, rate):
        super().__init__(balance)
        self.rate = rate

    def __repr__(self):
        return super().__repr__()[:-1] + f", rate={self.rate})"

    def __eq__(self, other):
        return super().__eq__(other) and getattr(other, "rate", None) == self.rate

    def __hash__(self):
        return hash((self.balance, self.rate))


print(Savings(100, 0.02), Savings(1, 2) == Savings(1, 2), Savings(1, 2) == Account(1), Account(1) == Savings(1, 3))


def outside():
    try:
        super().x
    except RuntimeError as e:
        print("RuntimeError:", e)


outside()


class Weird(list):
    def append(self, x):
        super().append(x * 2)

    def __len__(self):
        return super().__len__() * 100


w = Weird([1])
w.append(5)
print(w, len(w), super(Weird, w).__len__())
try:
    super(int, "text")
except TypeError as e:
    print("TypeError:", e)
