"""Geometry package: shapes and helpers."""
print("init geometry")
from .vector import Vector
VERSION = (1, 2)
