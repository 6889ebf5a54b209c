a + b * c ** -d // e % f @ g - h / i
x << 1 >> 2 | 3 ^ 4 & 5
not a and b or c
a < b <= c > d >= e == f != g is h is not i in j not in k
~x; +y; -z
lambda: 0
lambda a, b=1, *c, d, e=2, **f: a
a if b else c
f(x)(y)[z].w
f(a, *b, c=1, **d)
f(x for x in y)
(yield)
await_ = 1
x[1:2, ::3, ...]
x[a:b:c]
x[*a]
...
(a, b), [c, d], {e, f}, {g: h, **i}, ()
