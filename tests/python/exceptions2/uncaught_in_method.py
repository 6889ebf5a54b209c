# Uncaught error deep in a method chain: the traceback lists each frame with its source line and carets.


class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 0}

    def ratio(self, a, b):
        return self.items[a] / self.items[b]

    def report(self, pairs):
        return [f"{a}/{b}={self.ratio(a, b):.2f}" for a, b in pairs]


inv = Inventory()
print(inv.report([("apple", "apple")]))
print(inv.report([("pear", "apple"), ("apple", "pear")]))
