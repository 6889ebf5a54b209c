# Context managers and finally blocks in hot loops, with exceptions escaping some iterations.
class Tracker:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.suppressed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        self.exited += 1
        if kind is ZeroDivisionError:
            self.suppressed += 1
            return True
        return False


t = Tracker()
results = []
for i in range(3000):
    with t as tr:
        results.append(100 // (i % 10))
print(t.entered, t.exited, t.suppressed, len(results))

log = []


def guarded(i):
    try:
        if i % 500 == 0:
            raise KeyError(i)
        return i
    finally:
        if i % 500 == 0:
            log.append(i)


s = 0
for i in range(3000):
    try:
        s += guarded(i)
    except KeyError:
        pass
print(s, log)


def early_return(n):
    for i in range(n):
        try:
            if i == n - 3:
                return i
        finally:
            log.append(-i) if i >= n - 3 else None
    return None


print(early_return(2000), log[-2:])
