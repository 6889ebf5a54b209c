import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(1000,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, [t.name for t in threads], any(t.is_alive() for t in threads))
results = {}


def square(i):
    results[i] = i * i


ts = [threading.Thread(target=square, args=(i,)) for i in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print(sorted(results.items()))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        self.total = sum(range(self.n))


c = Counter(101)
c.start()
c.join()
print(c.total, c.is_alive())
rl = threading.RLock()


def nested(depth):
    with rl:
        return depth if depth == 0 else nested(depth - 1) + 1


print(nested(5))
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
seen = []


def waiter():
    ev.wait()
    seen.append("woke")


w = threading.Thread(target=waiter)
w.start()
ev.set()
w.join()
print(seen, ev.is_set())
ev.clear()
print(ev.is_set(), ev.wait(0.01))
cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))


got = []
cs = threading.Thread(target=consumer, args=(got,))
cs.start()
with cond:
    items.append("item")
    cond.notify()
cs.join()
print(got)
local = threading.local()


def set_local(v, out):
    local.value = v
    out.append((v, local.value))


out = []
for v in ("a", "b"):
    t = threading.Thread(target=set_local, args=(v, out))
    t.start()
    t.join()
print(sorted(out), hasattr(local, "value"))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon, t.name.startswith("Thread-"))
t.start()
t.join()
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
