# Producer/consumer over queue.Queue, with task_done/join and every kind of queue
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker(wid):
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        results.put((item, item ** 2, wid))
        jobs.task_done()


workers = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(3)]
for w in workers:
    w.start()
for n in range(20):
    jobs.put(n)
jobs.join()
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
collected = []
while not results.empty():
    collected.append(results.get_nowait())
print(len(collected), sorted((a, b) for a, b, _ in collected))
print(all(0 <= w < 3 for _, _, w in collected))

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put(3, block=False)
except queue.Full:
    print("Full")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(bounded.get(), bounded.get(), bounded.empty())
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    bounded.task_done()
    bounded.task_done()
    bounded.task_done()
except ValueError as e:
    print("ValueError:", e)

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put("x")
sq.put("y")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")

# a pipeline of stages connected by bounded queues
stage1 = queue.Queue(maxsize=3)
stage2 = queue.Queue(maxsize=3)
out = []


def doubler():
    while (v := stage1.get()) is not None:
        stage2.put(v * 2)
    stage2.put(None)


def collector():
    while (v := stage2.get()) is not None:
        out.append(v)


ts = [threading.Thread(target=doubler), threading.Thread(target=collector)]
for t in ts:
    t.start()
for i in range(50):
    stage1.put(i)
stage1.put(None)
for t in ts:
    t.join()
print(out == [i * 2 for i in range(50)], len(out))
