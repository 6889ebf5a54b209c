"""A global callee rebound while a typed recursive caller is deep in its recursion: the rebinding
happens in the interpreter, after a deeper activation of the same function left its compiled code
for a value of another kind, and every activation above it must then call the new binding."""

events = []


def leaf(n, x):
    if x > 10 ** 15:
        # only big values get here: rebinds the callee of every activation still running above
        global step
        events.append(("rebind at", n))
        step = step_v2
    return x + n


def step(n, x):
    return x * 2 + n


def step_v2(n, x):
    return x - n


def walk(n, x):
    if n == 0:
        return leaf(n, x)
    return step(n, walk(n - 1, x + 1))


for i in range(300):
    walk(i % 40, i)
print("before", walk(30, 5), walk(25, 7))
print("deep", walk(60, 10 ** 16))
print("after", walk(30, 5))
print(events)
