import heapq

data = [5, 7, 9, 1, 3, 8, 2]
h = list(data)
heapq.heapify(h)
print(h, h[0])
heapq.heappush(h, 0)
print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, "hello"), heapq.nsmallest(10, [3, 1]))
words = ["banana", "kiwi", "apple", "fig", "cherry"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=lambda w: w[-1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge("ace", "bdf")))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
counter = 0
pq = []


def add(task, priority):
    global counter
    heapq.heappush(pq, [priority, counter, task])
    counter += 1


for t, p in [("a", 2), ("b", 1), ("c", 2), ("d", 1)]:
    add(t, p)
print([heapq.heappop(pq)[2] for _ in range(4)])


class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name})"


jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print(heapq.heappop(jobs), jobs[0])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)


def heapsort(it):
    h = []
    for v in it:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([9, 3, 7, 1, 8, 2, 2]))
running = []
medians = []
lo, hi = [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(lo, -x)
    heapq.heappush(hi, -heapq.heappop(lo))
    if len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(medians)
