# A global the loop reads is deleted, then defined again; builtins shadowed and restored.
FACTOR = 3


def use():
    return FACTOR * 2


out = []
for i in range(3000):
    if i == 1000:
        del FACTOR
    if i == 2000:
        FACTOR = 10
    try:
        out.append(use())
    except NameError as e:
        out.append(str(e))
print(out[999], out[1000], out[2000], len(set(out)))


def count_len(seqs):
    return [len(s) for s in seqs]


seqs = ["a" * (i % 5) for i in range(2000)]
print(sum(count_len(seqs)))
len = lambda s: 99
print(sum(count_len(seqs[:10])))
del len
print(sum(count_len(seqs[:10])))
