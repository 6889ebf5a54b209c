# Operations on constants (literals and global constants) whose results must match Python exactly:
# some raise, some are huge, some mix types.
BIG = 2 ** 62
NEG = -7
TEXT = "ab"
PAIR = (1, 2)
ZERO = 0
HALF = 0.5


def arith(n):
    out = []
    for i in range(n):
        out.append((BIG * 4, BIG + BIG, NEG // 2, NEG % 3, -NEG ** 2, 7 / 2, 2 ** -1, 10 ** 20))
    return out[-1]


print(arith(500))


def strings(n):
    r = None
    for i in range(n):
        r = (TEXT * 3, TEXT + "cd", len(TEXT), TEXT < "b", "%s-%d" % (TEXT, 5), PAIR + (3,), PAIR * 2, len(PAIR))
    return r


print(strings(500))


def raising(n):
    caught = 0
    for i in range(n):
        try:
            x = 1 / ZERO
        except ZeroDivisionError:
            caught += 1
        try:
            y = TEXT + 1
        except TypeError as e:
            msg = str(e)
        try:
            z = 2.0 ** 5000
        except OverflowError as e:
            msg2 = str(e)
        try:
            w = "a" < 1
        except TypeError as e:
            msg3 = str(e)
    return caught, msg, msg2, msg3


print(raising(300))


def large(n):
    r = 0
    for i in range(n):
        r = len(TEXT * 100000) + (1 << 200).bit_length() + len(str(3 ** 300))
    return r


print(large(200))


def truthy(n):
    c = 0
    for i in range(n):
        if TEXT:
            c += 1
        if "":
            c += 100
        if PAIR:
            c += 2
        if ZERO:
            c += 1000
        if HALF:
            c += 3
        if not ():
            c += 4
    return c


print(truthy(1000))


def compares(n):
    r = None
    for i in range(n):
        r = (BIG > HALF, 1 == 1.0, (1, 2) < (1, 3), "b" > "a", NEG <= -7.5, 3 != 3, 0.1 + 0.2 == 0.3, True + True)
    return r


print(compares(400))
print(BIG * BIG * BIG, -BIG - BIG - BIG - BIG)
