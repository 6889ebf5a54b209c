# Globals rebound through exec into the module's namespace and through globals()[...].
mode = "add"
WIDTH = 4


def apply(a, b):
    if mode == "add":
        return a + b
    return a * b


def run(n):
    s = 0
    for i in range(n):
        s += apply(i % 7, WIDTH)
        if i == n // 3:
            exec("mode = 'mul'", globals())
        if i == 2 * n // 3:
            globals()["WIDTH"] = 10
    return s


print(run(3000))
print(mode, WIDTH)

g = globals()
g["extra"] = 5


def uses_extra(n):
    t = 0
    for i in range(n):
        t += extra
        if i == n - 10:
            g.update(extra=50)
    return t


print(uses_extra(2000))
exec("def made():\n    return WIDTH * 2", globals())


def calls_made(n):
    t = 0
    for i in range(n):
        t += made()
        if i == n // 2:
            exec("def made():\n    return -1", globals())
    return t


print(calls_made(1000))
ns = {"WIDTH": 1}
exec("def other():\n    return WIDTH", ns)
print(ns["other"](), WIDTH)
g.pop("extra")
try:
    uses_extra(5)
except NameError as e:
    print(e)
