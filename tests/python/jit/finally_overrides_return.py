# finally blocks that override returns and swallow exceptions, called from hot loops.
def swallow(i):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        return "normal"
    finally:
        if i % 5 == 0:
            return "finally"


def nested(i):
    try:
        try:
            return 1 // (i % 4)
        finally:
            if i % 7 == 0:
                raise KeyError("inner")
    except KeyError:
        return -1
    except ZeroDivisionError:
        return -2


results = {}
errors = 0
for i in range(3000):
    try:
        r = swallow(i)
        results[r] = results.get(r, 0) + 1
    except ValueError:
        errors += 1
print(sorted(results.items()), errors)
print(sum(nested(i) for i in range(3000)))


def loop_with_finally(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            if i == n - 1:
                out.append("end")
    return out[-3:]


print(loop_with_finally(2001))
