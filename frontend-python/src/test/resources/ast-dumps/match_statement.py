match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(x, y=2) if x > 0:
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **others}:
        pass
    case {1: _, "k": [a, b]}:
        pass
    case 1 | 2 | 3:
        pass
    case -1 | 1.5 | 2+3j | -4-5j:
        pass
    case "s" "t" | b"b":
        pass
    case None | True | False:
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case (a, b) as pair:
        pass
    case [*_]:
        pass
    case ():
        pass
    case _:
        pass
match x,:
    case y:
        pass
match = 1
match.x = 2
match(3)
