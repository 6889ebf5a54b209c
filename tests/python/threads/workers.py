# Threads with target/args/kwargs, join, locks, and results gathered in a deterministic order
import threading
import time

results = {}
lock = threading.Lock()
counter = 0


def work(n, scale=1):
    global counter
    total = 0
    for i in range(n):
        total += i * scale
        with lock:
            counter += 1
    results[n] = total


threads = [threading.Thread(target=work, args=(n,), kwargs={"scale": 2}) for n in (1000, 2000, 3000, 4000)]
for t in threads:
    print(t.name, t.is_alive(), t.daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print("counter", counter)
print([t.is_alive() for t in threads])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
print(isinstance(threading.get_ident(), int))


class Squarer(threading.Thread):
    def __init__(self, values):
        super().__init__(name="squarer")
        self.values = values
        self.out = None

    def run(self):
        self.out = [v * v for v in self.values]


s = Squarer(range(10))
s.start()
s.join()
print(s.name, s.out)

rlock = threading.RLock()


def nested(depth):
    with rlock:
        if depth:
            return nested(depth - 1) + 1
        return 0


print(nested(5))

event = threading.Event()
seen = []


def waiter(tag):
    event.wait()
    with lock:
        seen.append(tag)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
time.sleep(0.01)
print("before set", seen, event.is_set())
event.set()
for w in ws:
    w.join()
print("after set", sorted(seen), event.is_set())
print(event.wait(0.01))
event.clear()
print(event.wait(0.01))

slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(timeout=0.01)
print("still alive after short join:", slow.is_alive())
slow.join()
print("alive after join:", slow.is_alive())

try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=print, args=("ran once",))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(False), lock.acquire(False), lock.locked())
lock.release()
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))
lock.release()
