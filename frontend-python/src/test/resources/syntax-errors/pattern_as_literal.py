match x:
    case y as 1:
        pass
