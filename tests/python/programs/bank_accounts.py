"""A small bank: accounts, transfers, an audit log and custom exceptions."""


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<Account {self.number} {self.owner}: {self.balance}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def withdraw(self, amount):
        if amount > 500:
            raise BankError("savings withdrawals are limited to 500")
        super().withdraw(amount)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        self.log.append(f"opened {acct.number} for {acct.owner}")
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise BankError(f"no such account {src}") from None
        except InsufficientFunds as e:
            self.log.append(f"failed transfer {src}->{dst}: {e}")
            raise
        try:
            self.accounts[dst].deposit(amount)
        except (KeyError, BankError) as e:
            self.accounts[src].deposit(amount)
            raise BankError(f"transfer to {dst} failed, refunded") from e
        else:
            self.log.append(f"transfer {src}->{dst}: {amount}")
        finally:
            self.log.append("transfer attempt done")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("First Python")
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 1000, rate=0.05)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
bank.transfer(alice.number, carol.number, 30)
print(bob.add_interest(), bob)
attempts = [(alice.number, bob.number, 500), (bob.number, alice.number, 600), (9999, alice.number, 1),
            (carol.number, bob.number, 10)]
carol_frozen_next = True
for src, dst, amt in attempts:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, dst, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, "| short by", e.amount - e.account.balance)
    except BankError as e:
        print("bank error:", e, "| cause:", repr(e.__cause__))
bob.frozen = True
try:
    bank.transfer(alice.number, bob.number, 10)
except BankError as e:
    print("bank error:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice, bob, carol, "total", bank.total())
for line in bank.log:
    print(" ", line)
print(alice.history, carol.history)
print(issubclass(InsufficientFunds, BankError), InsufficientFunds.__mro__[1:3])
