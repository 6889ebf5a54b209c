import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.get(), q.get_nowait(), q.get())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
bq = queue.Queue(maxsize=2)
bq.put("a")
bq.put("b")
print(bq.full())
try:
    bq.put_nowait("c")
except queue.Full:
    print("Full raised")
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())
work = queue.Queue()
results = []
res_lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with res_lock:
            results.append(item * 10)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(10):
    work.put(i)
work.join()
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print(sorted(results))
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
