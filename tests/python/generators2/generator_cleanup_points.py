# Generators a program keeps in globals and never finishes: their cleanup (finally / with) runs
# at close(), or when the program ends, after the last line of the program has run.
class Connection:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"connect {self.name}")
        return self

    def __exit__(self, *exc):
        print(f"disconnect {self.name}")
        return False


def rows(source, count):
    with Connection(source):
        for i in range(count):
            yield (source, i)


def ticker(tag):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"ticker {tag} stopped at", n)


clock = ticker("clock")
print([next(clock) for _ in range(3)])
clock.close()
print("closed clock; next gives", next(clock, "nothing"), "; closing again is harmless:", clock.close())

never_started = ticker("never started")
finished = ticker("finished")
next(finished)
finished.close()

stream = rows("db", 100)
print(next(stream), next(stream))
heartbeat = ticker("heartbeat")
print(next(heartbeat), next(heartbeat))
consumed = rows("cache", 2)
print(list(consumed))
print("end of program")
