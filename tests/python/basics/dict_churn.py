# Inserting and deleting keys over and over: deleted slots must not fill the table
d = {}
for i in range(100000):
    d[i * 7919] = i
    del d[i * 7919]
print(len(d))
d = {i: i for i in range(10)}
for i in range(10, 5000):
    d[i] = i
    del d[i - 10]
print(len(d), list(d)[:3])
