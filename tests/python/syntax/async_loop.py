# Coroutines driven by a tiny round-robin event loop written here: async def, await,
# async for over async iterators and async generators, async with, async comprehensions.


class Sleep:
    """Awaitable that gives control back to the loop for a number of ticks."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


class Loop:
    def __init__(self):
        self.ready = []
        self.clock = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        results = {}
        while self.ready:
            name, coro = self.ready.pop(0)
            self.clock += 1
            try:
                signal = coro.send(None)
            except StopIteration as stop:
                results[name] = stop.value
                print(f"[{self.clock:2}] {name} finished -> {stop.value!r}")
            except Exception as exc:
                results[name] = exc
                print(f"[{self.clock:2}] {name} failed: {type(exc).__name__}: {exc}")
            else:
                assert signal == "tick"
                self.ready.append((name, coro))
        return results


class Countdown:
    """An async iterator written by hand."""

    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await Sleep(1)
        self.current -= 1
        return self.current + 1


async def ticker(label, n):
    for i in range(n):
        await Sleep(1)
        yield f"{label}{i}"


class Resource:
    opened = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Sleep(1)
        Resource.opened.append(self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await Sleep(1)
        Resource.opened.remove(self.name)
        status = "ok" if exc_type is None else f"error {exc_type.__name__}: {exc}"
        print(f"  closing {self.name} ({status})")
        return self.suppress


async def count_down(n):
    seen = []
    async for value in Countdown(n):
        seen.append(value)
    else:
        seen.append("done")
    return seen


async def gather_ticks():
    items = [item async for item in ticker("t", 3)]
    evens = {i: i * i async for i in Countdown(4) if i % 2 == 0}
    lengths = [await Sleep(k) for k in (1, 2)]
    return items, evens, lengths


async def with_resources():
    async with Resource("db") as db, Resource("cache"):
        print("  inside with", sorted(Resource.opened))
        await Sleep(2)
    async with Resource("tmp", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("net"):
            raise ValueError("boom")
    except ValueError as e:
        print("  propagated:", e)
    return db.name, Resource.opened


async def early_exit():
    found = None
    async for word in ticker("w", 10):
        if word == "w2":
            found = word
            break
    return found


async def returns_from_with():
    async with Resource("early"):
        return "left early"


async def agen_protocol():
    gen = ticker("p", 2)
    first = await gen.__anext__()
    second = await gen.asend(None)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        last = "exhausted"
    return first, second, last


async def failing():
    await Sleep(1)
    raise RuntimeError("task failed")


async def main_task():
    total = 0
    async for v in Countdown(3):
        total += v
    sub = await count_down(2)
    return total, sub


loop = Loop()
loop.spawn("countdown", count_down(3))
loop.spawn("gather", gather_ticks())
loop.spawn("resources", with_resources())
loop.spawn("early", early_exit())
loop.spawn("with-return", returns_from_with())
loop.spawn("protocol", agen_protocol())
loop.spawn("failing", failing())
loop.spawn("main", main_task())
results = loop.run()
print(sorted(results))
pending = count_down(1)
print(type(ticker("x", 1)).__name__, type(pending).__name__)
pending.close()
