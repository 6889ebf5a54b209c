# Exceptions raised while a tuple built for unpacking is live (the JIT keeps it virtual until
# then): the items are evaluated in order, and the handler sees the assignments made so far.


class Meter:
    def __init__(self):
        self.reads = 0

    def read(self, i):
        self.reads += 1
        if i % 500 == 499:
            raise ValueError(f"bad read {i}")
        return i * 2


def sample(m, n):
    a, b = 0, 0
    errors = []
    for i in range(n):
        try:
            a, b = b + 1, m.read(i) + a
        except ValueError as e:
            errors.append((str(e), a, b))
    return a, b, errors


print(sample(Meter(), 2000))


def divide_all(xs):
    q, r = 0, 0
    out = []
    for x in xs:
        try:
            q, r = 1000 // x, 1000 % x
        except ZeroDivisionError:
            out.append(("zero", q, r))
            continue
        out.append(q + r)
    return out[-5:], out.count(out[0])


print(divide_all([(i % 50) - 25 for i in range(3000)]))


def unpack_wrong(n):
    got = []
    for i in range(n):
        try:
            if i % 300 == 299:
                a, b = i, i + 1, i + 2
            else:
                a, b = i, -i
            got.append(a + b)
        except ValueError as e:
            got.append(str(e))
    return got[-2:], len(got)


print(unpack_wrong(1200))


def overflow_inside(n):
    x, y = 1, 1
    for i in range(n):
        x, y = y * 2 ** 20, x
    return x.bit_length(), y.bit_length()


print(overflow_inside(50))
