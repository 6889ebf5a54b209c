# aiter and anext driving async generators by hand (no event loop needed).


def run(coro):
    """Drives a coroutine that never really suspends, returning its result."""
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Ticker:
    """An async iterator written as a class."""

    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


async def main():
    it = aiter(countdown(3))
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    total = 0
    async for v in aiter(Ticker(4)):
        total += v
    print("ticker total", total)
    t = Ticker(1)
    print(await anext(t), await anext(t, None))
    collected = [x async for x in countdown(5)]
    print(collected)
    return "finished"


print(run(main()))

for bad in (5, [1, 2], "text"):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)


class BadAiter:
    def __aiter__(self):
        return 42


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
