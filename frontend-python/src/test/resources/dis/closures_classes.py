def counter():
    count = 0
    def inc(step=1, *, quiet=False):
        nonlocal count
        count += step
        return count
    return inc

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return super().__repr__() + str([v * v for v in (self.x, self.y)])
