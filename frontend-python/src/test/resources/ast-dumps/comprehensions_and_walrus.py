[x for x in y if x if not z]
{x for x in y for z in x}
{k: v for k, v in items}
(x async for x in y)
[(y := f(x)) for x in data]
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
print(f(y := 1), [z := 2, 3])
