# Condition, Semaphore, BoundedSemaphore, Barrier, Timer, local, excepthook, non-daemon exit
import threading
import time

cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))


got = []
c = threading.Thread(target=consumer, args=(got,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print("condition:", got)
with cond:
    print("wait timeout:", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak inside semaphore:", peak)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

order = []
barrier = threading.Barrier(3, action=lambda: order.append("all arrived"))


def runner(i):
    with guard:
        order.append("arrive")
    barrier.wait()
    with guard:
        order.append("leave")


ts = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
print(barrier.parties, barrier.n_waiting, barrier.broken)

fired = []
t1 = threading.Timer(0.01, fired.append, args=["fired"])
t2 = threading.Timer(10, fired.append, args=["never"])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)

data = threading.local()
data.value = "main"
seen = {}


def show(name):
    data.value = name
    time.sleep(0.01)
    seen[name] = data.value


ts = [threading.Thread(target=show, args=("t%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.value)
print(hasattr(data, "missing"))

caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fails():
    raise ValueError("bad input")


t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__

results = []


def late():
    time.sleep(0.05)
    results.append("late thread done")
    print("\n".join(results))


threading.Thread(target=late).start()
print("main done")
