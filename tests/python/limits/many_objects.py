# Many small objects and wide structures: a million instances, big dicts of tuples, long chains walked iteratively.


class Cell:
    __slots__ = ("v", "next")

    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt


head = None
for i in range(200_000):
    head = Cell(i, head)
total = 0
count = 0
node = head
while node is not None:
    total += node.v
    count += 1
    node = node.next
print(count, total)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i % 1000, i // 1000) for i in range(300_000)]
print(len(pts), sum(p.x for p in pts), max(p.y for p in pts))
grid = {(x, y): x * y for x in range(400) for y in range(400)}
print(len(grid), grid[(399, 399)], sum(v for (x, y), v in grid.items() if x == y) % 100000)
s = set()
for i in range(300_000):
    s.add(i * 7 % 100_003)
print(len(s), min(s), max(s))
nested = {}
cur = nested
for i in range(5000):
    cur["child"] = {}
    cur = cur["child"]
depth = 0
cur = nested
while cur:
    cur = cur["child"]
    depth += 1
print(depth)
strings = [str(i) * 3 for i in range(100_000)]
print(len(strings), strings[-1], sum(len(x) for x in strings))
tuples = sorted((i % 97, -i) for i in range(100_000))
print(tuples[:2], tuples[-1])
