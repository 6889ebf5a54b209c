# if/elif/else, while with else, for with break/continue
for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)

i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 7:
        break
    print("i =", i)
else:
    print("not reached")

for x in []:
    pass
else:
    print("for-else runs when the loop ends normally")

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    return -1

print(find(["a", "b", "c"], "c"), find([], 1))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, not None, None or "default", 0 and 1)
x = 5
print("big" if x > 3 else "small")
if (y := x * 2) > 8:
    print("walrus", y)
