x = 1format
