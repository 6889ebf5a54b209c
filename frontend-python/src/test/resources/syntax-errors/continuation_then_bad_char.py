x = \
    y.\z
