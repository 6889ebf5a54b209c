# A method that replaces itself on its class while it runs; instances keep calling it.
class Worker:
    calls = 0

    def work(self, x):
        Worker.calls += 1
        if Worker.calls == 1500:
            Worker.work = Worker.fast_work
        return x + 1

    def fast_work(self, x):
        Worker.calls += 1
        return x + 1000


w = Worker()
total = 0
for i in range(3000):
    total += w.work(i)
print(Worker.calls, total)


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)


head = None
for v in range(300):
    head = Node(v, head)
print(head.total())
Node.total = lambda self: -1
print(head.total())
