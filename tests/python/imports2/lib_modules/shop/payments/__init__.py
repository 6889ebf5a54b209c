from importlib import import_module

_METHODS = ("card", "cash")


def pay(amount, method):
    if method not in _METHODS:
        raise ValueError(f"unsupported payment method {method!r}")
    module = import_module(f".{method}", __name__)
    return module.charge(amount)
