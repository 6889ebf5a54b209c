# while/else and for/else with break and continue in hot code.
def primes(limit):
    found = []
    n = 2
    while n < limit:
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found.append(n)
        n += 1
    return found


p = primes(3000)
print(len(p), p[-3:])


def first_square_over(k):
    for i in range(k):
        if i * i > k:
            break
    else:
        return None
    return i


print(first_square_over(5000), first_square_over(0))
s = 0
i = 0
while i < 4000:
    i += 1
    if i % 3:
        continue
    s += i
print(s)
nested = 0
for a in range(60):
    for b in range(60):
        if b > a:
            break
        if (a + b) % 2:
            continue
        nested += 1
print(nested)
