"""Attribute sites that meet instances of several subclasses: the attributes set by a shared
__init__ sit at one index in every subclass, until a subclass adds a property for one of them,
an instance gains attributes in another order, a subclass without the attribute arrives, or an
instance's __dict__ is replaced mid-loop."""


class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.held = False
        self.runs = 0


class Idle(Task):
    def __init__(self, name):
        Task.__init__(self, name, 0)
        self.count = 0


class Worker(Task):
    def __init__(self, name, priority):
        Task.__init__(self, name, priority)
        self.letters = []


class Device(Task):
    pass


class Reordered(Task):
    def __init__(self, name):
        self.held = True  # same attributes, other order: another index for 'held'
        self.name = name
        self.priority = 5
        self.runs = 0


class Bare:
    """Not a Task at all: no 'held'."""

    def __init__(self):
        self.name = "bare"
        self.priority = -1


def schedule(tasks, rounds):
    total = 0
    for r in range(rounds):
        for t in tasks:
            if not t.held:
                t.runs += 1
                total += t.priority
            t.held = (t.runs + r) % 3 == 0
    return total


def describe(tasks):
    return [(t.name, t.priority, t.held, t.runs) for t in tasks]


def main():
    tasks = [Idle("idle"), Worker("w1", 10), Device("dev", 30), Worker("w2", 20)]
    print(schedule(tasks, 300))
    print(describe(tasks))

    # an instance of a class the site never met, with 'held' at another index
    tasks.append(Reordered("late"))
    print(schedule(tasks, 300))
    print(describe(tasks))

    # a property for one of the attributes on a subclass, added while the code is compiled
    def get_priority(self):
        return 1000

    Device.priority = property(get_priority, lambda self, v: None)
    print(schedule(tasks, 200))
    print(describe(tasks))
    del Device.priority

    # an instance whose __dict__ is replaced: dict mode, same names
    w = tasks[1]
    w.__dict__ = {"name": "w1*", "priority": 7, "held": False, "runs": 1}
    print(schedule(tasks, 200))
    print(describe(tasks))

    # an object without the attribute: the AttributeError comes out of the hot loop
    tasks.insert(2, Bare())
    try:
        schedule(tasks, 50)
    except AttributeError as e:
        print("AttributeError:", e)
    print(describe([t for t in tasks if isinstance(t, Task)]))


main()
