obj.attr = = 1
