class Product:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price

    def __repr__(self):
        return f"Product({self.sku!r}, {self.price})"


_PRODUCTS = {p.sku: p for p in (Product("A1", "pen", 1.5), Product("B2", "book", 12.0), Product("C3", "bag", 30.0))}


def find(sku):
    try:
        return _PRODUCTS[sku]
    except KeyError:
        raise LookupError(f"unknown sku {sku}") from None
