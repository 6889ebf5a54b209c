from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count("a"), d.index("b"), "x" in d, list(reversed(d)))
d.remove("x")
d.insert(1, "ins")
print(d)
d[0] = "first"
del d[1]
print(d, d.copy() == d, d.copy() is d)
d.reverse()
print(d)
d.clear()
print(d, bool(d))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
last3.extend([10, 11])
print(last3)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(9),
            lambda: deque([1]).index(2), lambda: deque(maxlen=-1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(deque("abc") == deque("abc"), deque([1, 2]) < deque([1, 3]), deque([1]) + deque([2]), deque([1, 2]) * 2)
dq = deque(range(5))
dq += [9]
print(dq, dq * 0, 2 * deque("ab"))


def window(seq, n):
    w = deque(maxlen=n)
    for x in seq:
        w.append(x)
        if len(w) == n:
            yield tuple(w)


print(list(window(range(6), 3)))


def bfs_order(graph, start):
    seen, queue, order = {start}, deque([start]), []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
print(bfs_order(g, "a"))
print(repr(deque([[1], "s"], maxlen=5)), deque(maxlen=0), str(deque()))
