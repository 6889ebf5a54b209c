from .. import __version__ as shop_version


def charge(amount):
    fee = round(amount * 0.02, 2)
    return f"card charged {amount + fee:.2f} (fee {fee:.2f}, shop {shop_version})"
