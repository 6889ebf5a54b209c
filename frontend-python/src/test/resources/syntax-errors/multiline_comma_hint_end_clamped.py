if (a or
    b c d):
    pass
