counter = 0

def bump():
    global counter
    counter += 1

bump(); bump()
print(counter)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
c1(); c1(5)
print(c1(), c2())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in adders()])

x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)

class K:
    attr = "class attr"
    def method(self):
        return attr_lookup()

def attr_lookup():
    return "module function"

print(K().method(), K.attr)

def unbound():
    print(y)
    y = 1

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
