# Counted range loops (negative steps, empty and huge bounds, bounds computed at run time) and
# list/str/tuple indexing with ints from them, including lists mutated while they are indexed.


def ranges():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(0):
        out.append("never")
    for i in range(-5, 5, 4):
        out.append(i)
    for i in range(5, -5, -1):
        if i == 2:
            continue
        if i == -3:
            break
        out.append(i)
    else:
        out.append("no break")
    return out


print(ranges())


def huge(n):
    count = 0
    last = None
    for i in range(2 ** 63 - 3 - n, 2 ** 63 - 1):
        count += 1
        last = i + i
    for j in range(-2 ** 63, -2 ** 63 + 2):
        last = (last, j - 1)
    return count, last


print(huge(3))


def big_steps():
    r = []
    for i in range(0, 9223372036854775807, 3074457345618258602):
        r.append(i)
    return r


print(big_steps())


def index_all(xs, s, t):
    total = 0
    chars = []
    for i in range(len(xs)):
        total += xs[i] * t[i % len(t)]
        chars.append(s[i % len(s)])
        chars.append(s[-1 - i % len(s)])
    return total, "".join(chars)


print(index_all([3, 1, 4, 1, 5, 9, 2, 6], "héllo", (2, 7, 1)))


def mutate_while_indexing(xs):
    i = 0
    out = []
    while i < len(xs):
        v = xs[i]
        if v % 3 == 0:
            xs.append(v + 1)
            xs[i] = -v
        if v % 5 == 0 and len(xs) > 3:
            del xs[0]
        out.append(v)
        i += 1
    return out, xs


print(mutate_while_indexing([3, 5, 7, 9, 10]))


def out_of_range(xs):
    got = []
    for i in range(-len(xs) - 1, len(xs) + 1):
        try:
            got.append(xs[i])
        except IndexError as e:
            got.append(str(e))
    return got


print(out_of_range([1, 2]))
print(out_of_range((1, 2)))
print(out_of_range("ab"))


def appends(n):
    a = []
    for i in range(n):
        a.append(i * i)
        a.append(len(a))
    return a[-4:], len(a), min(len(a), 3), max(2, len(a))


print(appends(1000))


def str_compare(words):
    n = 0
    for w in words:
        if w == "spam":
            n += 1
        if w != "eggs":
            n += 10
    return n


print(str_compare(["spam", "eggs", "ham", "spam", "spa" + "m"]))
