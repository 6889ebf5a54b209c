"""Hot method sites over classes that answer attributes in unusual ways (__getattr__,
__getattribute__, properties, __slots__), and linked structures of objects of several
classes walked with while loops and None checks."""


class Plain:
    def __init__(self, v):
        self.v = v
        self.next = None

    def value(self):
        return self.v


class Doubled(Plain):
    def value(self):
        return self.v * 2


class Lazy:
    """Has no value() of its own: __getattr__ makes one on each lookup."""

    def __init__(self, v):
        self.v = v
        self.next = None
        self.lookups = 0

    def __getattr__(self, name):
        self.lookups += 1
        if name == "value":
            return lambda: self.v + 100
        raise AttributeError(name)


class Audited(Plain):
    """Every attribute read goes through __getattribute__."""
    reads = 0

    def __getattribute__(self, name):
        Audited.reads += 1
        return object.__getattribute__(self, name)

    def value(self):
        return -self.v


class Slotted:
    __slots__ = ("v", "next")

    def __init__(self, v):
        self.v = v
        self.next = None

    def value(self):
        return self.v + 0.5


class WithProperty(Plain):
    @property
    def value(self):
        return lambda: self.v * 10


def build(classes, n):
    head = None
    for i in range(n):
        node = classes[i % len(classes)](i)
        node.next = head
        head = node
    return head


def walk(head):
    total = 0
    node = head
    while node is not None:
        total += node.value()
        node = node.next
    return total


def count_kinds(head):
    kinds = {}
    node = head
    while node is not None:
        k = type(node).__name__
        kinds[k] = kinds.get(k, 0) + 1
        node = node.next
    return sorted(kinds.items())


for classes in ([Plain], [Plain, Doubled], [Plain, Doubled, Slotted],
                [Plain, Lazy, Doubled], [Audited, Plain, WithProperty, Slotted, Doubled, Lazy]):
    head = build(classes, 40)
    t = 0
    for _ in range(250):
        t += walk(head)
    print([c.__name__ for c in classes], t, count_kinds(head))
print("audited reads", Audited.reads > 0)

# a __getattr__ class whose answer changes over time at the same hot site
class Moody:
    def __init__(self):
        self.mood = 0

    def __getattr__(self, name):
        if name == "value":
            self.mood += 1
            return (lambda: 1) if self.mood % 3 else (lambda: 10)
        raise AttributeError(name)


items = [Plain(1), Moody(), Doubled(2)]
t = 0
for _ in range(600):
    for it in items:
        t += it.value()
print("moody", t)

# removing a node class's method at run time: the site falls back to the base class
head = build([Plain, Doubled], 10)
results = []
for i in range(400):
    if i == 200:
        del Doubled.value
    results.append(walk(head))
print("after del", results[0], results[199], results[200], results[-1])

# an AttributeError from a missing method at a hot polymorphic site
class Mute:
    def __init__(self, v):
        self.v = v
        self.next = None


head = build([Plain, Doubled, Mute], 9)
try:
    for _ in range(100):
        walk(head)
except AttributeError as e:
    print("missing", e)
