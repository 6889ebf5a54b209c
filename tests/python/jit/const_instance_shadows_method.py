# An instance attribute shadowing a method, and a class attribute shadowed by instance state, mid-loop.
class Greeter:
    greeting = "hello"

    def greet(self):
        return self.greeting + "!"


def run(objs, n):
    out = []
    for i in range(n):
        for o in objs:
            out.append(o.greet())
        if i == n // 2:
            objs[0].greet = lambda: "shadowed"
            objs[1].greeting = "hi"
        if i == n - 5:
            del objs[0].greet
    return out


g = [Greeter(), Greeter(), Greeter()]
r = run(g, 400)
print(r[:3], r[600:606], r[-6:])


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def sum_norms(vs, n):
    s = 0
    for i in range(n):
        for v in vs:
            s += v.norm2()
    return s


print(sum_norms([Vec(1, 2), Vec(3, 4)], 1000))


class Node:
    kind = "node"

    def value(self):
        return 1


def walk(nodes):
    t = 0
    for nd in nodes:
        t += nd.value()
    return t


ns = [Node() for _ in range(2000)]
ns[1500].value = lambda: 1000
ns[1700].__dict__["value"] = lambda: 10 ** 6
print(walk(ns))
