print("never printed: the whole module fails to compile")

def f():
    x = 1
    def g():
        global x
        x = 2
    def h():
        print(x)
        nonlocal x
    return g, h
