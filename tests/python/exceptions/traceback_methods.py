class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance


def process(accounts, requests):
    results = []
    for name, amount in requests:
        results.append(accounts[name].withdraw(amount))
    return results


accounts = {"alice": Account(100), "bob": Account(20)}
print(process(accounts, [("alice", 30), ("bob", 5)]))
print(process(accounts, [("alice", 10), ("bob", 50)]))
