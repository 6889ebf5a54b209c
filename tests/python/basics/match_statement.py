class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long sequence from {first} ({len(rest)} more)"
        case (a, b):
            return f"pair {a} {b}"
        case [a, b, *_]:
            return f"starts {a}, {b}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": kind, **others}:
            return f"shape {kind} with {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "unknown"


tests = [None, True, 0, -5, 7, 2.5, "", "hi", [], [1], [1, 2, 3, 4, 5], (1, 2), [1, 2, 3],
         {"type": "circle", "r": 2}, {"type": "square", "side": 3, "color": "red"}, Point(0, 0),
         Point(0, 4), Point(3, 3), Point(1, 2), {1, 2}]
for t in tests:
    print(describe(t))


def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["take", item] | ["grab", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb} {args}"
        case _:
            return "empty"


for c in ["go north", "go west", "take lamp", "grab key", "exit", "dance wildly now", ""]:
    print(repr(c), "->", command(c))
