"""The bowling score kata, with frame-by-frame running totals and validation."""


class BowlingError(ValueError):
    pass


def parse_rolls(line):
    rolls = []
    for ch in line.replace(" ", ""):
        if ch in "Xx":
            rolls.append(10)
        elif ch == "/":
            if not rolls:
                raise BowlingError("spare without a first roll")
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        elif ch.isdigit():
            rolls.append(int(ch))
        else:
            raise BowlingError(f"bad symbol {ch!r}")
    return rolls


def score(rolls):
    totals = []
    total = 0
    i = 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"game ends early in frame {frame + 1}")
        if rolls[i] == 10:
            bonus = rolls[i + 1:i + 3]
            if len(bonus) < 2:
                raise BowlingError("strike bonus missing")
            total += 10 + sum(bonus)
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError(f"frame {frame + 1} incomplete")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} has {sum(pair)} pins")
            if sum(pair) == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus missing")
                total += 10 + rolls[i + 2]
            else:
                total += sum(pair)
            i += 2
        totals.append(total)
    return total, totals


games = {
    "gutter": "-- " * 10,
    "all ones": "11 " * 10,
    "one spare": "5/ 3- " + "-- " * 8,
    "one strike": "X 34 " + "-- " * 8,
    "perfect": "X" * 12,
    "all spares": "5/" * 10 + "5",
    "typical": "X 7/ 9- X -8 8/ -6 X X X81",
    "heartbreak": "9/" * 9 + "9/X",
}
for name, line in games.items():
    total, frames = score(parse_rolls(line))
    print(f"{name:<11} {total:>3}  {frames}")
for bad in ("X" * 11, "55 " * 10, "5/", "ab", "/5", "-- " * 9):
    try:
        print(score(parse_rolls(bad)))
    except BowlingError as e:
        print(f"{bad!r}: {e}")
