# try/except/else/finally with break and continue inside hot loops.
log = []
total = 0
for i in range(3000):
    try:
        if i % 300 == 299:
            raise ValueError(i)
        if i % 11 == 0:
            continue
        total += i
    except ValueError as e:
        log.append(("caught", e.args[0]))
    else:
        total += 1
    finally:
        total -= 1
    if i == 2950:
        break
print(total, log)


def search(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                if v == target:
                    log.append("found")
    else:
        return None


grid = [[r * 40 + c for c in range(40)] for r in range(40)]
print(search(grid, 1234), search(grid, -1), log[-1])

n = 0
while True:
    try:
        n += 1
        if n > 2500:
            break
    finally:
        pass
print(n)


def retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 1200:
                raise KeyError("again")
            return attempts
        except KeyError:
            continue


print(retry())
