"""Frameless typed calls whose callee changes: a recursive function's global name rebound in the
middle of its own recursion, a callee redefined while its callers are compiled, a callee that
starts raising, and one whose argument kinds change."""


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


def original_count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


def patched(n):
    if n == 0:
        return 1000
    return count(n - 1) + 2


def rebinding(n):
    global count
    if n == 5:
        count = patched
    if n == 0:
        return 0
    return rebinding(n - 1) + 1


for i in range(100):
    count(i % 30)
print("before", count(20))
saved = count
count = patched
print("patched", saved(20), count(20))
count = original_count
print("restored", saved(20), count(20))


def scale(x):
    return x * 2


def apply(n, x):
    if n == 0:
        return scale(x)
    return apply(n - 1, x) + 1


for i in range(200):
    apply(i % 10, i)
print("apply int", apply(8, 5))
print("apply float", apply(8, 2.5))
try:
    print("apply str", apply(3, "ab"))
except TypeError as e:
    print("apply str:", e)


def scale(x):
    return x * 3


print("redefined", apply(8, 5), apply(8, 2.5))


def scale(x):
    if x > 100:
        raise ValueError("too big: %r" % (x,))
    return -x


print("raising", apply(5, 7))
try:
    apply(5, 700)
except ValueError as e:
    print("caught", e)

print("rebinding mid-recursion", rebinding(12))
print("count now", count(3))


def shrink(n):
    if n == 6:
        replace_shrink()
    if n == 0:
        return 0
    return shrink(n - 1) + 1


def replace_shrink():
    global shrink
    old = shrink

    def shrink(n):
        return 500 + n

    replace_shrink.old = old


print("self rebound mid-recursion", shrink(10), shrink(10))
shrink = replace_shrink.old
print("put back", shrink(3))
