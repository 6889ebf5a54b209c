"""N-queens: a recursive backtracking search over sets and lists, plus a bitmask
solver with integer operations, both counting all solutions."""
import sys


def solve_sets(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions


def count_bits(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        count = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            count += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return count

    return go(0, 0, 0)


def main(n):
    solutions = solve_sets(n)
    bits = count_bits(n)
    first = "".join("%x" % c for c in solutions[0])
    last = "".join("%x" % c for c in solutions[-1])
    print("%d-queens: %d solutions (first %s, last %s); by bitmask: %d" % (n, len(solutions), first, last, bits))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
