def f():
    Raise an Error if x is empty.
