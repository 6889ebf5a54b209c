# A hot loop whose operands change type as it runs: ints, floats, strings, lists, a user class.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + int(other * 100))

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"


def accumulate(values):
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total


samples = [
    list(range(3000)),
    [x / 4 for x in range(3000)],
    [str(x % 10) for x in range(300)],
    [[x] for x in range(200)],
    [Money(x) for x in range(500)],
    [1, 2.5, True, 3],
]
for s in samples:
    r = accumulate(s)
    print(type(r).__name__, r if not isinstance(r, (str, list)) else len(r))

# the same loop variable holds an int, then a float, then a string
x = 0
for i in range(4000):
    if i == 1000:
        x = float(x)
    elif i == 2000:
        x = str(int(x))
    if isinstance(x, str):
        x = x[-6:] + str(i % 10)
    else:
        x += i
print(x)
