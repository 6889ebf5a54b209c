"""Shop package re-exporting its public API."""
from .catalog import Product, find
from .cart import Cart
from . import payments

__all__ = ["Product", "Cart", "find", "checkout"]
__version__ = "0.3"


def checkout(cart, method="card"):
    return payments.pay(cart.total(), method)
