"""A small matrix class with operator overloading and exact rational arithmetic."""


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def _zip(self, other, op):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __add__(self, other):
        if isinstance(other, Matrix):
            return self._zip(other, lambda a, b: a + b)
        return NotImplemented

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[v * k for v in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant of a non-square matrix")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for c in range(n):
            minor = Matrix([r[:c] + r[c + 1:] for r in self.rows[1:]]) if n > 1 else None
            total += (-1) ** c * self.rows[0][c] * minor.determinant()
        return total

    def __iter__(self):
        return (v for r in self.rows for v in r)

    def __len__(self):
        return self.shape[0] * self.shape[1]

    def __bool__(self):
        return any(self)

    __hash__ = None


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(repr(a - b), repr(-a), repr(2 * a), repr(a * 0.5))
print(a @ b)
print(a @ Matrix.identity(2) == a, a.transpose(), sep="\n")
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
print(Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant(), a.determinant())
m = Matrix.identity(3)
m[0, 2] = 7
print(m, len(m), sum(m), bool(Matrix([[0, 0]])), list(Matrix([[1], [2]])))
for bad in (lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]),
            lambda: Matrix([[1, 2, 3]]).determinant(), lambda: a + 1, lambda: hash(a), lambda: "x" * a):
    try:
        bad()
    except (MatrixError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(MatrixError(), ValueError), Matrix([[1.5, 2]]) * 2)
rot = Matrix([[0, -1], [1, 0]])
print(rot ** 4 == Matrix.identity(2), (rot ** 2).rows, rot ** 0)
