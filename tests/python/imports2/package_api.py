import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)

import shop
from shop import *

print(shop.__doc__, shop.__version__, sorted(shop.__all__))
cart = Cart().add("A1", 4).add("B2")
print(cart.total(), find("C3"), checkout(cart), checkout(cart, "cash"))
print(sorted(k for k in sys.modules if k.startswith("shop")))
try:
    checkout(cart, "cheque")
except ValueError as e:
    print("ValueError:", e)
try:
    Cart().add("ZZ")
except LookupError as e:
    print("LookupError:", e, e.__suppress_context__)
print("payments" in dir(shop), "catalog" in dir(shop), hasattr(shop, "cart"), "Product" in globals())
import shop.payments.card as card_mod
print(card_mod.shop_version, card_mod.__name__, card_mod.__package__)
