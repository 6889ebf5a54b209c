print(a
if x:
    pass
