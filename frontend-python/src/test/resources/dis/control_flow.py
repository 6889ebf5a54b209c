def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while total > 10:
        total //= 2
    return total
