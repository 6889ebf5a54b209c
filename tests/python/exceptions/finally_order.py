def g():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")

for v in g():
    print("got", v)

def f(n):
    try:
        try:
            if n == 0:
                raise KeyError("zero")
            return n
        finally:
            print("inner finally", n)
    except KeyError as e:
        print("caught", e)
        return -1
    finally:
        print("outer finally", n)

print(f(1), f(0))

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(swallow())

try:
    try:
        raise TypeError("first")
    finally:
        print("cleanup during propagation")
except TypeError as e:
    print("propagated:", e)

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else "ok")
        return False

try:
    with Resource("a") as a, Resource("b") as b:
        print("using", a.name, b.name)
        raise RuntimeError("boom")
except RuntimeError as e:
    print("handled", e)

def early():
    for i in range(3):
        with Resource(str(i)):
            if i == 1:
                return i
print("early returned", early())
