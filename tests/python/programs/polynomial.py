"""Polynomials with integer coefficients: arithmetic, evaluation, derivatives and printing."""


class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while coeffs and coeffs[-1] == 0:
            coeffs.pop()
        self.c = tuple(coeffs)

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else -o)

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c))
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:])

    def __divmod__(self, d):
        rem = list(self.c)
        q = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            factor, r = divmod(rem[-1], d.c[-1])
            if r:
                raise ValueError("inexact division")
            q[shift] = factor
            for i, b in enumerate(d.c):
                rem[shift + i] -= factor * b
            while rem and rem[-1] == 0:
                rem.pop()
        return Poly(q), Poly(rem)

    def __repr__(self):
        if not self.c:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            body = ("" if a == 1 and i else str(a)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        first = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        return first + "".join(f" {s} {b}" for s, b in terms[1:])


x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", p + q, "|", p - p, "|", p * q, "|", -q)
print(p(0), p(2), p(-3), [q(v) for v in range(4)], p.degree, Poly([]).degree)
print((x + 1) ** 5)
print(p.derivative(), p.derivative().derivative(), Poly([7]).derivative())
num = (x - 1) * (x + 2) * (x - 3)
print(num, divmod(num, x - 3), divmod(p, x))
try:
    divmod(x ** 2, 2 * x + 1)
except ValueError as e:
    print("ValueError:", e)
print(p == 3 * x * x - 2 * x + 1, len({p, Poly([1, -2, 3]), q}), 1 + x, x * 0)
roots = [r for r in range(-5, 6) if num(r) == 0]
print("integer roots:", roots)
