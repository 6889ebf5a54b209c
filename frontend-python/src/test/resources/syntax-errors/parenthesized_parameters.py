def f((self)):
    pass
