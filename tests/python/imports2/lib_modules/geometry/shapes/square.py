from . import circle
from .circle import center
print("init geometry.shapes.square")


def area(side):
    return side * side


def compare(side):
    return "square" if area(side) > circle.area(side / 2) else "circle"
