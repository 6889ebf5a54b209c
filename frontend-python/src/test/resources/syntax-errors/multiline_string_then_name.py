s = '''a
b''' c
