# A method several subclasses inherit from one base, called on a mix of them with attribute
# arguments, while the hierarchy changes under the loop.


class Task:
    def __init__(self, ident, weight):
        self.ident = ident
        self.weight = weight
        self.link = None

    def receive(self, packet, sender):
        return self.ident * 10 + packet.size + sender.weight

    @property
    def me(self):
        return self


class Worker(Task):
    pass


class Device(Task):
    def kind(self):
        return "device"


class Idle(Task):
    pass


class Packet:
    __slots__ = ("size", "next")

    def __init__(self, size):
        self.size = size
        self.next = None

    def append_to(self, queue):
        self.next = queue
        return self


class Tricky:
    def __init__(self):
        self.calls = 0

        self.weight = 1

    @property
    def me(self):
        # runs between the method load and the call: rebinds the method on the base class
        self.calls += 1
        if self.calls == 1500:
            Task.receive = lambda self, packet, sender: -1
        return self


def run(tasks, n, sender):
    total = 0
    queue = None
    for i in range(n):
        t = tasks[i % len(tasks)]
        p = Packet(i % 7)
        queue = p.append_to(queue)
        total += t.receive(p, sender.me)
        if i == n // 2:
            Idle.receive = lambda self, packet, sender: 1000
    return total, queue.size


original = Task.receive
tasks = [Worker(1, 2), Device(2, 3), Idle(3, 4), Worker(4, 5)]
print(run(tasks, 4000, tasks[0]))
Task.receive = original
del Idle.receive
print(run(tasks, 4000, Tricky()))
Task.receive = original
tasks[1].receive = lambda packet, sender: 7
print(run(tasks, 3000, tasks[2]))
