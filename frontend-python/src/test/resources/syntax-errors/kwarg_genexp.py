f(a=1 for i in x)
