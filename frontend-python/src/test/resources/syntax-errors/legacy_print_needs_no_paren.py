print(a
     if x:
