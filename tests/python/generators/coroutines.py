class Sleep:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        result = yield self.label
        return result


async def fetch(name):
    got = await Sleep(f"waiting for {name}")
    return f"{name}:{got}"


async def main():
    a = await fetch("a")
    b = await fetch("b")
    return [a, b]


def run(coro):
    """A tiny event loop: answers every suspension with a counter."""
    value, n = None, 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value
        n += 1
        print("suspended:", request)
        value = n


coro = main()
print(type(coro).__name__)
print(run(coro))
