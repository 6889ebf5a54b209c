a: int += 1
