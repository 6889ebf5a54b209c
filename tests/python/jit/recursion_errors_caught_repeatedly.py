# RecursionError raised deep in compiled recursion and caught, many times over.
def down(n):
    return down(n + 1)


caught = 0
for _ in range(5):
    try:
        down(0)
    except RecursionError:
        caught += 1
print(caught)


def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n


depths = [guarded(0) for _ in range(3)]
print(len(set(depths)) == 1, depths[0] > 900)


def tree(depth):
    if depth == 0:
        return 1
    return tree(depth - 1) + tree(depth - 1)


print(tree(14))


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


nested = 0
for i in range(400):
    nested = [nested, i]
print(len(flatten(nested)))
