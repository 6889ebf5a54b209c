# Exceptions raised deep in recursion and caught at different depths, repeatedly.


class Found(Exception):
    def __init__(self, depth, path):
        super().__init__(depth)
        self.depth = depth
        self.path = path


def search(tree, target, depth=0, path=()):
    if tree == target:
        raise Found(depth, path)
    if isinstance(tree, list):
        for i, child in enumerate(tree):
            search(child, target, depth + 1, path + (i,))


def build(levels, leaf):
    node = leaf
    for i in range(levels):
        node = [i, node, -i]
    return node


tree = build(300, "treasure")
for attempt in range(5):
    try:
        search(tree, "treasure")
    except Found as f:
        print(attempt, f.depth, f.path[:4], len(f.path))


def fail_at(n, limit):
    if n == limit:
        raise ValueError(f"hit {limit}")
    try:
        return fail_at(n + 1, limit)
    finally:
        if n % 100 == 0:
            print(f"  unwinding through {n}")


for limit in (150, 420):
    try:
        fail_at(0, limit)
    except ValueError as e:
        print("ValueError:", e)


def catch_midway(n):
    if n == 0:
        raise KeyError("bottom")
    if n == 50:
        try:
            return catch_midway(n - 1)
        except KeyError as e:
            return f"caught {e} at 50"
    return catch_midway(n - 1)


print([catch_midway(n) for n in (60, 200)])
try:
    catch_midway(30)
except KeyError as e:
    print("escaped:", e)


def convert(n):
    try:
        if n == 0:
            raise LookupError("root cause")
        return convert(n - 1)
    except LookupError as e:
        if n % 40 == 0 and n:
            raise RuntimeError(f"level {n}") from e
        raise


try:
    convert(130)
except RuntimeError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
count = 0
for i in range(2000):
    try:
        if i % 3 == 0:
            raise IndexError(i)
        count += 1
    except IndexError:
        count -= 1
print(count)
