# AttributeError and TypeError raised by compiled attribute access and calls, caught each time.
class A:
    x = 1


class B:
    y = 2


objs = [A(), B(), None, 5, "s"]
hits = {"x": 0, "attr": 0, "type": 0}
for i in range(3000):
    o = objs[i % len(objs)]
    try:
        hits["x"] += o.x
    except AttributeError as e:
        hits["attr"] += 1
        last = str(e)
    try:
        o()
    except TypeError as e:
        hits["type"] += 1
        last_type = str(e)
print(hits, last, last_type)


def safe_len(v):
    try:
        return len(v)
    except TypeError:
        return -1


print(sum(safe_len(v) for v in [[1], "ab", 3, None, (1, 2, 3)] * 600))
