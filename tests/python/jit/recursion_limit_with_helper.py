"""Int recursion whose deepest frame calls a small helper (inlined into the caller's typed
version): the helper's frame counts against the recursion limit exactly as in the interpreter,
whether it is called at the base case, before the recursive call or in the condition, at several
limits, warm and cold."""
import sys


def helper(n):
    return n - 1


def twice(n):
    return n + n


def at_base(n):
    if n == 0:
        return helper(1)
    return at_base(n - 1) + 1


def before_call(n):
    if n == 0:
        return 0
    return before_call(helper(n)) + 1


def in_condition(n):
    if helper(n + 1) == 0:
        return 0
    return 1 + in_condition(n - 1)


def two_helpers(n):
    if n <= 0:
        return twice(helper(n + 1))
    return two_helpers(helper(n)) + twice(1)


def float_at_base(n, x):
    if n == 0:
        return x * 0.5 + helper(1)
    return float_at_base(n - 1, x + 1.0)


def attempt(f, n, *extra):
    """f(n) or the RecursionError it raised, always called from this same depth."""
    try:
        return f(n, *extra)
    except RecursionError as e:
        return e


def deepest(f, *extra):
    """The largest n for which f(n) runs without RecursionError (counting up), its result and the
    error one deeper, all from the same depth."""
    n = 0
    last = attempt(f, 0, *extra)
    while True:
        r = attempt(f, n + 1, *extra)
        if isinstance(r, RecursionError):
            return n, last, r
        n, last = n + 1, r


def warm():
    total = 0
    for i in range(400):
        k = i % 30
        total += at_base(k) + before_call(k) + in_condition(k) + two_helpers(k)
        total += int(float_at_base(k, 1.0))
    return total


print("warm", warm())
for limit in (60, 100, 57, 200, 75):
    sys.setrecursionlimit(limit)
    depths = [deepest(f)[0] for f in (at_base, before_call, in_condition, two_helpers)]
    depths.append(deepest(float_at_base, 2.0)[0])
    print("limit", limit, "limit minus deepest", [limit - d for d in depths])
    for f in (at_base, before_call, in_condition, two_helpers):
        d, value, error = deepest(f)
        print(" ", f.__name__, d, value, "one deeper:", repr(error))
print("warm again", warm())
