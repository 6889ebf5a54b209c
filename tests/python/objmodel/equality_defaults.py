# Default and derived equality: __ne__ from __eq__, identity defaults, non-bool results, subclass priority.


class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    __hash__ = None


a, b, c = Money(5, "EUR"), Money(5, "EUR"), Money(5, "USD")
print(a == b, a != b, a == c, a != c, a == 5, a != "x", a is b)
print([a, c].count(b), b in [c, a], [a].index(b))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p != p, p == q, p != q, p in [q], p in [p], [p].count(p))


class Fuzzy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return FuzzyResult(abs(self.v - other.v) < 0.1)


class FuzzyResult:
    def __init__(self, ok):
        self.ok = ok

    def __bool__(self):
        print("  FuzzyResult.__bool__")
        return self.ok

    def __repr__(self):
        return f"FuzzyResult({self.ok})"


print(Fuzzy(1.0) == Fuzzy(1.05))
print(Fuzzy(1.0) != Fuzzy(2.0))
print(Fuzzy(1) in [Fuzzy(3), Fuzzy(1.01)])
if Fuzzy(2) == Fuzzy(2.02):
    print("close enough")


class Base:
    def __eq__(self, other):
        print(f"  Base.__eq__({type(other).__name__})")
        return NotImplemented


class Derived(Base):
    def __eq__(self, other):
        print(f"  Derived.__eq__({type(other).__name__})")
        return True


print(Base() == Derived())
print(Derived() == Base())
print(Base() == Base())
print(Base() != Base())


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom ne"


ae = AlwaysEqual()
print(ae == 1, 1 == ae, ae != 1, 1 != ae, ae == None, None == ae, [1, 2] == [ae, ae], (ae,) == (3,))
print({"k": ae} == {"k": 99}, ae in {1, 2} if False else "skip", [ae].index(7), [3].count(ae))
nan = float("nan")
box = [nan]
print(nan == nan, box == box, box == [nan], nan in box, box.count(nan), [float("nan")] == [float("nan")])
