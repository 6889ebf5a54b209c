"""Tic-tac-toe with a minimax player that never loses, playing scripted games."""
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell == ".":
            nxt = board[:i] + player + board[i + 1:]
            score, _ = minimax(nxt, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


def play(human_moves):
    board = "." * 9
    player = "X"
    moves = iter(human_moves)
    while winner(board) is None:
        if player == "X":
            move = next(moves, None)
            if move is None or board[move] != ".":
                move = board.index(".")
        else:
            _, move = minimax(board, "O")
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    return board, winner(board)


for script in ([4, 0, 8], [0, 1, 2, 3], [2, 6, 4, 5], [8, 7, 6, 5, 4]):
    board, result = play(script)
    print(show(board))
    print("result:", result)
    print()
score, move = minimax("." * 9, "X")
print("perfect play from empty board:", score, "first move", move)
print(minimax.cache_info().currsize > 1000, winner("XXXOO...."), winner("XOXXOOOXX"), winner("........."))
