"""A binary search tree with insertion, deletion, traversals, and iteration protocol."""


class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.size += 1
                return Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __len__(self):
        return self.size

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def preorder(self):
        def walk(n):
            if n:
                yield n.key
                yield from walk(n.left)
                yield from walk(n.right)
        return list(walk(self.root))

    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)

    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(list(t), t.preorder(), len(t), t.height())
print(t[45], 35 in t, 36 in t, t.range(33, 62))
del t[30]
del t[50]
print(list(t), t.preorder(), len(t))
try:
    del t[999]
except KeyError as e:
    print("KeyError:", e)
try:
    t[1]
except KeyError as e:
    print("KeyError:", e)
t[65] = "sixty-five"
print(t[65], len(t), sorted(t, reverse=True)[:3], max(t), min(t), sum(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print([(w, words[w]) for w in words])
chain = BST()
for i in range(200):
    chain[i] = i
print(chain.height(), len(chain))
