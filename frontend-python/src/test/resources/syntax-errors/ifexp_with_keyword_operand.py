v = f(k) if k in global g else h
