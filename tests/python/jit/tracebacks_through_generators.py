# An uncaught exception whose traceback crosses compiled functions and generator frames.
def numbers(n):
    for i in range(n):
        yield 100 // (n - 1 - i)


def consume(n):
    total = 0
    for v in numbers(n):
        total += v
    return total


def run():
    for n in range(2, 400):
        consume(n)
    return consume


print(run()(5) if False else "start")
print(consume(3))
consume(1000)
