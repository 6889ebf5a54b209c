for -s in (1,
           2):
    pass
