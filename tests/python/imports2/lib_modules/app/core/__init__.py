print("init app.core")
from .engine import Engine
