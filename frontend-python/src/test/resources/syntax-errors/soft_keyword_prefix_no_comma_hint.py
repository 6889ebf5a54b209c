f(m c)
