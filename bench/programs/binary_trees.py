"""Allocation-heavy recursion: build and walk many complete binary trees of small node
objects, short-lived and long-lived, counting nodes and summing checksums."""
import sys


class Node:
    __slots__ = ("left", "right", "value")

    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def build(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value)


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def weigh(node):
    total = node.value
    if node.left is not None:
        total += weigh(node.left) - weigh(node.right)
    return total


def tuples(depth):
    return (tuples(depth - 1), tuples(depth - 1)) if depth else ()


def count_tuples(t):
    return 1 + sum(count_tuples(c) for c in t)


def main(max_depth):
    min_depth = 4
    long_lived = build(max_depth, 1)
    lines = []
    checksum = 0
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        nodes = 0
        for i in range(iterations):
            tree = build(depth, i)
            nodes += check(tree)
            checksum += weigh(tree) & 0xFFFF
        lines.append("%d trees of depth %d: %d nodes" % (iterations, depth, nodes))
    lines.append("long lived: %d nodes, tuple tree %d" % (check(long_lived), count_tuples(tuples(max_depth - 2))))
    print("\n".join(lines))
    print("checksum %d" % checksum)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
