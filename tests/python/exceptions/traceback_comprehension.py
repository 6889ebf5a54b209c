def inverse(values):
    return [1 / v for v in values]

def main():
    data = {"a": [1, 2], "b": [3, 0]}
    return {k: inverse(v) for k, v in data.items()}

main()
