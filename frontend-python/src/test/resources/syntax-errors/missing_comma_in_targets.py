rc, out err = f(x)
