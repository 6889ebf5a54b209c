def compute(values):
    total = 0
    for value in values:
        totl = total + value
    return totl + lenght(values)

print(compute([1, 2]))
