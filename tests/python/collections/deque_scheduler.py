"""A round-robin job scheduler on collections.deque, with priorities on heapq and statistics
kept in a Counter and a defaultdict."""
from collections import Counter, defaultdict, deque
import heapq


class Job:
    def __init__(self, name, work, priority=5):
        self.name = name
        self.remaining = work
        self.priority = priority
        self.slices = 0

    def run(self, quantum):
        done = min(quantum, self.remaining)
        self.remaining -= done
        self.slices += 1
        return done

    def __repr__(self):
        return f"Job({self.name!r}, remaining={self.remaining}, priority={self.priority})"


def round_robin(jobs, quantum):
    queue = deque(jobs)
    timeline = []
    clock = 0
    while queue:
        job = queue.popleft()
        clock += job.run(quantum)
        if job.remaining:
            queue.append(job)
        else:
            timeline.append((clock, job.name, job.slices))
    return timeline


def by_priority(jobs):
    heap = [(j.priority, i, j) for i, j in enumerate(jobs)]
    heapq.heapify(heap)
    order = []
    while heap:
        prio, _, job = heapq.heappop(heap)
        order.append((prio, job.name))
    return order


specs = [("build", 7, 2), ("test", 12, 1), ("lint", 3, 3), ("docs", 5, 5), ("deploy", 9, 1)]
print(round_robin([Job(*s) for s in specs], 4))
print(round_robin([Job(*s) for s in specs], 1)[:3])
print(by_priority([Job(*s) for s in specs]))

d = deque(range(10), maxlen=6)
print(d)
d.rotate(2)
print(d, d[0], d[-1])
d.rotate(-3)
print(d)
d.extendleft("ab")
print(d, d.count(7), d.index(7))
try:
    d.index(42)
except ValueError as e:
    print("ValueError:", e)

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = Counter(words)
print(counts.most_common(3), counts["the"], counts["cat"])
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted(groups.items()))
print(Counter("abracadabra") - Counter("aab"), Counter(a=3) + Counter(a=1, b=2))
