# An uncaught custom exception with a custom __str__ and notes: the traceback shows the notes last.


class QuotaExceeded(Exception):
    def __init__(self, user, used, limit):
        super().__init__(user, used, limit)
        self.user, self.used, self.limit = user, used, limit

    def __str__(self):
        return f"{self.user} used {self.used} of {self.limit}"


def charge(user, amount, usage):
    usage[user] = usage.get(user, 0) + amount
    if usage[user] > 100:
        err = QuotaExceeded(user, usage[user], 100)
        err.add_note(f"last charge was {amount}")
        err.add_note("raise the limit with --quota")
        raise err
    return usage[user]


usage = {}
for amount in (30, 50):
    print("charged", charge("ann", amount, usage))
charge("ann", 40, usage)
