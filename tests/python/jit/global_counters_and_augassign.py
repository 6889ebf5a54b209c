# Global counters, augmented assignment on attributes, items and globals in hot loops.
COUNT = 0
table = {"a": 0}
box = [0]


class Holder:
    n = 0


h = Holder()


def bump(i):
    global COUNT
    COUNT += 1
    table["a"] += i
    box[0] -= i
    h.n += 2
    Holder.n += 1


for i in range(3000):
    bump(i)
print(COUNT, table, box, h.n, Holder.n)
m = [[0] * 3 for _ in range(3)]
for i in range(3000):
    m[i % 3][(i * 7) % 3] += i
print(m)
s = {1}
s |= {2}
s -= {1}
t = (1,)
t += (2,)
print(s, t)
