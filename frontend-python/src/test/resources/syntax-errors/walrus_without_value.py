if a == b:=
    pass
