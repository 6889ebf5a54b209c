# Truthiness rules in conditions: __bool__ over __len__, containers, numbers, and short-circuit results.


class Queue:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

    def __len__(self):
        return 99


q, empty = Queue(1, 2), Queue()
print(bool(q), bool(empty), not empty, bool(Switch(False)), len(Switch(False)))
while q:
    print("pop", q.items.pop())
print(q.items, "empty" if not q else "full")
values = [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, False, Queue(), Switch(False)]
print([bool(v) for v in values].count(False), len(values))
print([type(v).__name__ for v in (1, "x", [0], Queue(0), Switch(True)) if v])
print(0 or "", "" or 0, [] or {} or "last", 1 and 2 and 3, 1 and 0 and 3, None or Switch(True) and "yes")
print(all([Queue(1), Switch(True), 1]), any([Queue(), Switch(False), 0]), sum(bool(v) for v in values))
x = Queue(5)
print("has items" if x else "none", x and len(x), (x or Queue()).items)
