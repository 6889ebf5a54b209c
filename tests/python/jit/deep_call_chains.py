# Long chains of small compiled functions, some of them replaced on the way.
def f0(x):
    return x + 1


def f1(x):
    return f0(x) * 2


def f2(x):
    return f1(x) - 3


def f3(x):
    return f2(x) // 2


def f4(x):
    return f3(x) + f0(x)


total = 0
for i in range(3000):
    if i == 1500:
        def f0(x):
            return x - 1
    total += f4(i)
print(total)


def chain(n, x):
    return x if n == 0 else chain(n - 1, x + n)


print(sum(chain(50, i) for i in range(200)))
print(list(map(f4, range(5))))
