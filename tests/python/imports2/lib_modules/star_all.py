__all__ = ["public_one", "_semi_private", "CONST"]
public_one = 1
_semi_private = 2
CONST = "c"
not_exported = 3
