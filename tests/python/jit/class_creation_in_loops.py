# Classes created inside hot functions, each with its own methods, instances used at once.
def make_class(i):
    class K:
        base = i

        def value(self):
            return self.base * 2

    return K


total = 0
for i in range(1500):
    K = make_class(i)
    total += K().value()
print(total)
types = {type(make_class(i)()).__name__ for i in range(3)}
print(types, make_class(5).__qualname__)


class Registry(type):
    created = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.created.append(name)
        return cls


for i in range(5):
    Registry(f"C{i}", (), {"n": i})
print(Registry.created)
