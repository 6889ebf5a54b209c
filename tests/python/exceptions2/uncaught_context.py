# An exception raised while handling another prints "During handling..." and both tracebacks.


def cleanup(resource):
    raise RuntimeError(f"could not release {resource}")


def process(items):
    total = 0
    for item in items:
        try:
            total += 100 // item
        except ZeroDivisionError:
            cleanup("handle-7")
    return total


print(process([1, 2, 5]))
print(process([4, 0, 1]))
