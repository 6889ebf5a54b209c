e = x[i] if e.tag == y:
    pass
