print("init geometry.shapes")
__all__ = ["circle", "square"]
