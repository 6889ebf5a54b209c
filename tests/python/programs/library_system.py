"""A lending library: members, loans with due dates as day numbers, fines and reports."""
from dataclasses import dataclass, field


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1
    out: int = 0

    @property
    def available(self):
        return self.copies - self.out


@dataclass
class Member:
    name: str
    limit: int = 2
    loans: dict = field(default_factory=dict)
    fines: float = 0.0


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.today = 0
        self.events = []

    def add_book(self, *args, **kw):
        b = Book(*args, **kw)
        self.books[b.isbn] = b

    def join(self, name, **kw):
        self.members[name] = Member(name, **kw)

    def lend(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if b.available <= 0:
            raise NotAvailable(f"{b.title!r} has no copies left")
        if len(m.loans) >= m.limit:
            raise LimitReached(f"{name} already has {len(m.loans)} books")
        if m.fines > 1:
            raise LibraryError(f"{name} owes {m.fines:.2f}")
        b.out += 1
        m.loans[isbn] = self.today + self.LOAN_DAYS
        self.events.append((self.today, "lend", name, isbn))

    def give_back(self, name, isbn):
        m = self.members[name]
        due = m.loans.pop(isbn)
        self.books[isbn].out -= 1
        late = max(0, self.today - due)
        if late:
            m.fines += late * self.FINE_PER_DAY
        self.events.append((self.today, "return", name, isbn, late))
        return late

    def advance(self, days):
        self.today += days

    def overdue(self):
        return sorted((due, name, isbn) for name, m in self.members.items() for isbn, due in m.loans.items()
                      if due < self.today)


lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Ulysses", "Joyce")
lib.join("ann", limit=3)
lib.join("bob")
script = [("lend", "ann", "111"), ("lend", "bob", "111"), ("lend", "ann", "111"), ("lend", "bob", "222"),
          ("lend", "bob", "333"), ("advance", 10), ("return", "bob", "111"), ("advance", 10),
          ("return", "bob", "222"), ("lend", "bob", "333"), ("advance", 20), ("return", "ann", "111"),
          ("lend", "ann", "222"), ("lend", "ann", "333")]
for step in script:
    op, *args = step
    try:
        if op == "lend":
            lib.lend(*args)
            print(f"day {lib.today:>2}: {args[0]} borrows {lib.books[args[1]].title}")
        elif op == "return":
            late = lib.give_back(*args)
            print(f"day {lib.today:>2}: {args[0]} returns {lib.books[args[1]].title}" + (f", {late} days late" if late else ""))
        else:
            lib.advance(*args)
            print(f"day {lib.today:>2}: overdue {lib.overdue()}")
    except LibraryError as e:
        print(f"day {lib.today:>2}: refused ({type(e).__name__}): {e}")
for m in lib.members.values():
    print(m)
for b in sorted(lib.books.values(), key=lambda b: b.title):
    print(f"{b.title:<8} by {b.author:<8} {b.available}/{b.copies}")
print(len(lib.events), lib.events[-1])
