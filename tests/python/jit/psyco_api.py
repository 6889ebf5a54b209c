# Psyco's API, used the way old programs used it: optional import, full() then normal work.
try:
    import psyco
    psyco.full()
except ImportError:
    psyco = None


def work(n):
    return sum(i * i for i in range(n))


if psyco is not None:
    psyco.bind(work)
    psyco.cannotcompile(print)  if False else None
    stats = psyco.stats()
    assert isinstance(stats, dict)
print(work(3000))


def untouched(x):
    return x + 1


if psyco is not None:
    psyco.unbind(untouched)
    f = psyco.proxy(untouched)
else:
    f = untouched
print(f(41), [work(k) for k in range(5)])
