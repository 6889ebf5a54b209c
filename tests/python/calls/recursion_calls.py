# Recursive algorithms with real call shapes: mutual recursion, accumulators, memo dicts, deep-ish trees.
import sys


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(200), is_odd(77), is_even(7))


def hanoi(n, src="A", via="B", dst="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, dst, via, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, src, dst, moves)
    return moves


print(len(hanoi(10)), hanoi(3))


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


print(len(permutations(list(range(6)))), permutations("abc"[:3] and ["a", "b", "c"])[:3])


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


print(list(flatten([1, [2, (3, [4, [5]])], [[[]]], 6])))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def render(self, indent=0):
        lines = ["  " * indent + str(self.value)]
        for c in self.children:
            lines.extend(c.render(indent + 1))
        return lines


tree = Node(1, [Node(2, [Node(4), Node(5, [Node(8)])]), Node(3, [Node(6), Node(7)])])
print(tree.depth(), tree.total())
print("\n".join(tree.render()))


def chain(n):
    node = Node(0)
    for i in range(1, n):
        node = Node(i, [node])
    return node


print(chain(300).depth(), chain(300).total())


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(gcd(1071, 462), gcd(2**100, 6**50), len(power_set(list(range(10)))), power_set([1, 2]))


def count_down(n):
    return n if n <= 0 else count_down(n - 1)


print(count_down(900), sys.getrecursionlimit())


def binary_search(items, target, lo=0, hi=None):
    hi = len(items) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)


data = list(range(0, 1000, 7))
print(binary_search(data, 693), binary_search(data, 694), binary_search([], 1))
