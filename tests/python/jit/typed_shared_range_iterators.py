# Range loops entered while running (on-stack replacement) step the real iterator, which other
# code may hold and advance too: next() inside and after the loop, sum() of the rest, break.
def loop(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s

def shared(n):
    it = iter(range(n))
    out = []
    for x in it:
        if x == 5:
            break
        out.append(x)
    out.append(next(it))
    for x in it:
        out.append(x)
        if x > 3000:
            break
    out.append(next(it))
    return len(out), out[:3], out[-3:]

def downs(n):
    t = 0
    for i in range(n, -n, -3):
        t += i
    return t

def nested(n):
    it = iter(range(n))
    t = 0
    for a in it:
        for b in range(3):
            t += a * b
        if a == n // 2:
            t += sum(it)
    return t

print(loop(300000), loop(10))
print(shared(5000))
print(downs(100000))
print(nested(4000))
