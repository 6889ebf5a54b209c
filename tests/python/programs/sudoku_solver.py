"""A backtracking sudoku solver with constraint propagation of naked singles."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line for line in text.split() if line]
    return [[int(ch) if ch.isdigit() else 0 for ch in row] for row in rows]


def candidates(board, r, c):
    used = set(board[r]) | {board[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


stats = {"guesses": 0, "singles": 0}


def solve(board):
    while True:
        progress = False
        best = None
        for r in range(9):
            for c in range(9):
                if board[r][c] == 0:
                    cands = candidates(board, r, c)
                    if not cands:
                        return False
                    if len(cands) == 1:
                        board[r][c] = cands[0]
                        stats["singles"] += 1
                        progress = True
                    elif best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if not progress:
            break
    if best is None:
        return all(all(row) for row in board)
    r, c, cands = best
    for d in cands:
        stats["guesses"] += 1
        trial = [row[:] for row in board]
        trial[r][c] = d
        if solve(trial):
            board[:] = trial
            return True
    return False


def show(board):
    lines = []
    for r, row in enumerate(board):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = [" ".join(str(v or ".") for v in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def valid(board):
    units = [row for row in board] + [[board[r][c] for r in range(9)] for c in range(9)]
    units += [[board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
              for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(u) == list(range(1, 10)) for u in units)


board = parse(PUZZLE)
print(show(board))
print(solve(board), stats)
print(show(board))
print("valid:", valid(board))
hard = parse("""
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..
""")
stats = {"guesses": 0, "singles": 0}
print(solve(hard), valid(hard), stats["guesses"] > 0)
print("".join(map(str, hard[0])), "".join(map(str, hard[8])))
bad = parse(PUZZLE)
bad[0][2] = 5
print("contradiction solvable:", solve(bad))
