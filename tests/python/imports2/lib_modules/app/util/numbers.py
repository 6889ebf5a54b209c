print("init app.util.numbers")


def double(n):
    return 2 * n
