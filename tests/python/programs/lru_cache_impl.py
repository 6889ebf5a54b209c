"""An LRU cache built on a dict and a doubly linked list, checked against functools.lru_cache."""
import functools


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return f"LRUCache({self.capacity}, {self.keys()})"


c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c, c.get("a"), c)
c.put("d", "D")
print(c, "b" in c, c.get("b", "gone"), len(c))
c.put("c", "C2")
print(c, c.get("c"), c.hits, c.misses, c.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        @functools.wraps(fn)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco


@memoize(64)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


@functools.lru_cache(maxsize=64)
def ways_ref(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways_ref(n - coins[0], coins) + ways_ref(n, coins[1:])


coins = (50, 25, 10, 5, 1)
print(ways(100, coins), ways_ref(100, coins), ways.__name__)
print(ways.cache.hits > 0, len(ways.cache), ways_ref.cache_info().currsize)
trace = LRUCache(2)
ops = [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("put", 4, 4), ("get", 1),
       ("get", 3), ("get", 4)]
results = []
for op, *args in ops:
    results.append(getattr(trace, op)(*args))
print(results, trace)
