"""Huffman coding: build the tree with heapq, encode, decode and report sizes."""
import heapq
from collections import Counter


class Leaf:
    def __init__(self, ch):
        self.ch = ch


class Pair:
    def __init__(self, left, right):
        self.left, self.right = left, right


def build(text):
    counts = Counter(text)
    heap = [(n, i, Leaf(ch)) for i, (ch, n) in enumerate(sorted(counts.items()))]
    heapq.heapify(heap)
    seq = len(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, seq, Pair(a, b)))
        seq += 1
    return heap[0][2], counts


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
            if isinstance(tree, Leaf):
                continue
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)


for text in ("abracadabra", "mississippi river", "aaaaaaaa", "the quick brown fox jumps over the lazy dog"):
    tree, counts = build(text)
    table = codes(tree)
    bits = "".join(table[ch] for ch in text)
    back = decode(bits, tree) if len(table) > 1 else text
    print(repr(text))
    for ch in sorted(table, key=lambda c: (len(table[c]), c))[:6]:
        print(f"   {ch!r}: {counts[ch]} -> {table[ch]}")
    print(f"   {len(bits)} bits vs {8 * len(text)}, ratio {len(bits) / (8 * len(text)):.3f}, round trip {back == text}")
packed = int("1" + "".join(codes(build("hello")[0])[c] for c in "hello"), 2)
print(packed, bin(packed), packed.to_bytes((packed.bit_length() + 7) // 8, "big"))
