# The traceback module prints what the interpreter prints for an uncaught exception.
import traceback

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: balance %d, requested %d" % (self.balance, amount))
        self.balance -= amount
        return self.balance

def process(account, requests):
    results = []
    for r in requests:
        results.append(account.withdraw(r))
    return results

acct = Account(100)
try:
    process(acct, [10, 20, 500])
except ValueError:
    traceback.print_exc()

def fib(n):
    if n < 2:
        return {}["missing"] if n < 0 else n
    return fib(n - 1) + fib(n - 2)

try:
    fib(-1)
except KeyError:
    traceback.print_exc(limit=1)

def deep(n):
    if n == 0:
        return 1 / n
    return deep(n - 1)

try:
    deep(12)
except ZeroDivisionError:
    traceback.print_exc()

def validate(order):
    try:
        return order["qty"] * order["price"]
    except KeyError as e:
        raise LookupError("order incomplete") from e

try:
    validate({"qty": 2})
except LookupError:
    traceback.print_exc()

def cleanup():
    try:
        raise OSError("disk full")
    finally:
        print("cleanup ran")

try:
    try:
        cleanup()
    except OSError:
        raise RuntimeError("while handling")
except RuntimeError:
    traceback.print_exc()

print(acct.balance)
process(acct, [100])
