# Locals bound on some paths only, deleted in loops, read before assignment.
def maybe(n):
    for i in range(n):
        if i % 2:
            last_odd = i
    return last_odd


print(maybe(3000))
try:
    maybe(1)
except UnboundLocalError as e:
    print(e)


def churn(n):
    total = 0
    for i in range(n):
        tmp = i * 2
        total += tmp
        del tmp
        if i == n - 1:
            try:
                print(tmp)
            except UnboundLocalError as e:
                print("deleted:", e)
    return total


print(churn(2500))


def swap_types(n):
    v = None
    for i in range(n):
        if v is None:
            v = 0
        elif v == 10:
            v = None
        else:
            v += 1
    return v


print(swap_types(3003))
