f(a.b c)
