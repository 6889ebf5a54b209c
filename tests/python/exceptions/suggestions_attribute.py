class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30

cfg = Config()
print(cfg.timeout)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print("caught:", e)
print([1, 2].apend(3))
