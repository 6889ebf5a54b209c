class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Item:
    qty = Typed()
    price = Typed()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    @Lazy
    def total(self):
        print("computing total")
        return self.qty * self.price


it = Item(3, 7)
print(it.qty, it.price, it.total, it.total, sorted(vars(it)))
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
print(type(Item.qty).__name__, Item.qty.name)
