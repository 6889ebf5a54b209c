"""Conway's Game of Life on a small torus and on an unbounded set of cells."""


def step_grid(grid):
    rows, cols = len(grid), len(grid[0])
    new = []
    for r in range(rows):
        line = []
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols] for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                    if (dr, dc) != (0, 0))
            line.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(line)
    return new


def show(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)


glider = [[0] * 8 for _ in range(6)]
for r, c in ((0, 1), (1, 2), (2, 0), (2, 1), (2, 2)):
    glider[r][c] = 1
g = glider
for gen in range(5):
    print(f"generation {gen}:")
    print(show(g))
    g = step_grid(g)


def step_set(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def bounds(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), max(rs), min(cs), max(cs)


patterns = {
    "blinker": {(0, 0), (0, 1), (0, 2)},
    "block": {(0, 0), (0, 1), (1, 0), (1, 1)},
    "r-pentomino": {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)},
}
for name, cells in patterns.items():
    live = set(cells)
    history = []
    for gen in range(60):
        history.append(len(live))
        live = step_set(live)
    print(name, history[:12], "after 60:", len(live), "bounds:", bounds(live))
live = patterns["blinker"]
seen = {}
for gen in range(10):
    key = frozenset(live)
    if key in seen:
        print("blinker period:", gen - seen[key])
        break
    seen[key] = gen
    live = step_set(live)
