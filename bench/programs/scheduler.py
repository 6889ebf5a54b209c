"""Cooperative task scheduler (an operating-system simulation in the spirit of Richards):
polymorphic method calls, linked queues of packets, state flags on small objects."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NUM_TASKS = 6
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    __slots__ = ("link", "dest", "kind", "seq", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.seq = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.suspended = True
        self.next = system.tasks
        system.tasks = self
        system.table[ident] = self

    def runnable(self):
        return not self.held and (not self.suspended or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.suspended = False
        return packet

    def receive(self, packet, sender):
        if self.queue is None:
            self.queue = packet
            packet.link = None
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, count):
        Task.__init__(self, system, IDLE, 0, None)
        self.seed = 1
        self.count = count
        self.suspended = False

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.system.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, priority, queue):
        Task.__init__(self, system, WORKER, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.dest = self.target
        packet.seq = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.system.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            seq = work.seq
            if seq < 4:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.data[0] = work.data[seq]
                    work.seq = seq + 1
                    return self.system.send(dev)
            else:
                self.work = work.link
                return self.system.send(work)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.system.wait()
            self.pending = None
            return self.system.send(pending)
        self.pending = packet
        self.system.output += packet.data[0]
        return self.system.hold_self()


class System:
    def __init__(self):
        self.tasks = None
        self.table = [None] * NUM_TASKS
        self.current = None
        self.holds = 0
        self.sends = 0
        self.output = 0

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.suspended = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        dest = self.table[packet.dest]
        self.sends += 1
        packet.dest = self.current.ident
        return dest.receive(packet, self.current)

    def run(self):
        task = self.tasks
        while task is not None:
            if task.runnable():
                packet = task.take_packet() if task.suspended and task.queue is not None else None
                self.current = task
                task = task.step(packet)
            else:
                task = task.next


def simulate(count):
    system = System()
    IdleTask(system, count)
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(system, 1000, queue)
    for ident, priority in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, ident + 2, KIND_DEVICE)
        HandlerTask(system, ident, priority, queue)
    DeviceTask(system, DEVICE_A, 4000)
    DeviceTask(system, DEVICE_B, 5000)
    system.run()
    return system.holds, system.sends, system.output


def main(count):
    holds, sends, output = simulate(count)
    print("holds %d sends %d output %d" % (holds, sends, output))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 700000)
