def read(d, key):
    try:
        value = d[key]
    except KeyError as e:
        print("missing", e)
        raise
    else:
        return value
    finally:
        print("done")

with open("f") as f, open("g") as g:
    pass
