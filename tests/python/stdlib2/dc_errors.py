"""Dataclass definitions CPython rejects, with its messages."""
from dataclasses import dataclass, field, fields, asdict, replace, InitVar


def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)


def mutable_list():
    @dataclass
    class A:
        items: list = []


def mutable_dict():
    @dataclass
    class A:
        table: dict = {}


def order_without_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def both_defaults():
    field(default=1, default_factory=list)


def order_no_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def overwrite_lt():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class Base:
        x: int

    @dataclass(frozen=True)
    class Child(Base):
        y: int = 0


attempt("mutable list", mutable_list)
attempt("mutable dict", mutable_dict)
attempt("non-default after default", order_without_default)
attempt("both defaults", both_defaults)
attempt("order without eq", order_no_eq)
attempt("overwrite __lt__", overwrite_lt)
attempt("frozen from non-frozen", frozen_from_plain)
attempt("fields of non-dataclass", lambda: fields(int))
attempt("asdict of class", lambda: asdict(dict))


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    scale: InitVar[int] = 1
    history: list = field(default_factory=list, init=False)

    def __post_init__(self, scale):
        self.balance *= scale


acct = Account("ann", 10.0, 3)
print(acct, acct.history)
attempt("unknown keyword", lambda: Account("x", foo=1))
attempt("too many args", lambda: Account("a", 1.0, 2, [], 9))
attempt("replace init=False", lambda: replace(acct, history=[1]))
attempt("replace keeps initvar default", lambda: print(replace(acct, owner="bob")))
attempt("missing owner", lambda: Account())
