# Where a generator's cleanup (finally / with) runs: at close(), when a for loop over it is
# left by break or return, and at the end of the program for one still held by a global.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        print(f"close {self.name}")
        return False


def read_lines(name, count):
    with Resource(name):
        for i in range(count):
            yield f"{name}:{i}"


def numbers(tag):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"cleanup {tag}")


for line in read_lines("log-a", 10):
    print(line)
    if line.endswith(":1"):
        break
print("after break")


def first_even_square(tag):
    for n in numbers(tag):
        if n and n * n % 2 == 0:
            return n * n
    return None


print("first even square", first_even_square("search"))

g = numbers("explicit")
print(next(g), next(g))
g.close()
print("closed, running again gives", next(g, "nothing"))


lines = read_lines("log-b", 3)
print(list(lines))

pending = numbers("pending at exit")
print(next(pending), next(pending), next(pending))
print("end of program")
