"""A cooperative event scheduler: tasks are generators that yield delays or wait for events."""
import heapq


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Wait:
    def __init__(self, event):
        self.event = event


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.waiting = {}
        self.log = []

    def spawn(self, name, gen, at=0):
        self._schedule(self.now + at, name, gen, None)

    def _schedule(self, when, name, gen, value):
        heapq.heappush(self.queue, (when, self.seq, name, gen, value))
        self.seq += 1

    def fire(self, event, value):
        for name, gen in self.waiting.pop(event, []):
            self._schedule(self.now, name, gen, value)

    def run(self, until=100):
        while self.queue:
            when, _, name, gen, value = heapq.heappop(self.queue)
            if when > until:
                self.log.append(f"t={until}: stopping with {len(self.queue) + 1} pending")
                gen.close()
                for item in self.queue:
                    item[3].close()
                self.queue.clear()
                break
            self.now = when
            try:
                cmd = gen.send(value)
            except StopIteration as stop:
                self.log.append(f"t={self.now}: {name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.log.append(f"t={self.now}: {name} crashed: {type(exc).__name__}: {exc}")
                continue
            if isinstance(cmd, Sleep):
                self._schedule(self.now + cmd.ticks, name, gen, None)
            elif isinstance(cmd, Wait):
                self.waiting.setdefault(cmd.event, []).append((name, gen))
            else:
                self._schedule(self.now, name, gen, None)


sched = Scheduler()


def ticker(label, every, count):
    for i in range(count):
        sched.log.append(f"t={sched.now}: {label} tick {i}")
        yield Sleep(every)
    return f"{label} done"


def producer():
    for item in ["apple", "pear", "plum"]:
        yield Sleep(3)
        sched.log.append(f"t={sched.now}: produced {item}")
        sched.fire("item", item)
    return "produced 3"


def consumer(name):
    got = []
    while len(got) < 2:
        item = yield Wait("item")
        got.append(item)
        sched.log.append(f"t={sched.now}: {name} got {item}")
    return got


def faulty():
    yield Sleep(4)
    raise RuntimeError("sensor offline")


def forever():
    try:
        while True:
            yield Sleep(7)
            sched.log.append(f"t={sched.now}: heartbeat")
    finally:
        sched.log.append("forever cleaned up")


sched.spawn("tick-a", ticker("a", 2, 3))
sched.spawn("tick-b", ticker("b", 5, 2), at=1)
sched.spawn("producer", producer())
sched.spawn("c1", consumer("c1"))
sched.spawn("c2", consumer("c2"))
sched.spawn("faulty", faulty())
sched.spawn("forever", forever())
sched.run(until=20)
print("\n".join(sched.log))
print("waiting left:", {k: [n for n, _ in v] for k, v in sched.waiting.items()})


def countdown(n):
    while n > 0:
        received = yield n
        if received == "skip":
            n -= 2
        else:
            n -= 1


g = countdown(6)
print(next(g), g.send(None), g.send("skip"), g.send(None), list(g))
