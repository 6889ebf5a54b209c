# assert statements: messages, expressions, tuples-as-messages, and AssertionError handling.


def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, ("insufficient funds", balance, amount)
    return balance - amount


print(withdraw(100, 30))
for amount in (-5, 500):
    try:
        withdraw(100, amount)
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
checks = [(1 + 1 == 2, "math"), ("" == "", "strings"), (None is None, "none")]
for ok, label in checks:
    assert ok, label
print("all checks passed")


def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"{a} > {b}"
    return True


print(check_sorted([1, 2, 2, 5]))
try:
    check_sorted([1, 3, 2])
except AssertionError as e:
    print("unsorted:", e)
x = 5
assert x == 5
try:
    assert isinstance(x, str), type(x)
except AssertionError as e:
    print(e.args[0].__name__)
