if x # comment
    pass
