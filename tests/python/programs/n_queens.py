"""N-queens by backtracking with generators: counts, the first solutions, and pretty boards."""


def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            yield from place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)

    return place(0)


print([sum(1 for _ in solve(n)) for n in range(1, 9)])
first = next(solve(8))
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
gen = solve(6)
print(next(gen), next(gen))
gen.close()


def unique(n):
    seen = set()
    out = []
    for sol in solve(n):
        variants = []
        s = sol
        for _ in range(4):
            s = tuple(n - 1 - s.index(r) for r in range(n))
            variants.extend([s, s[::-1]])
        key = min(variants)
        if key not in seen:
            seen.add(key)
            out.append(sol)
    return out


print(len(unique(8)), unique(5)[:2])
