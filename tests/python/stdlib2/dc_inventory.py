"""Inventory records as dataclasses: defaults, factories, post-init, asdict/astuple, replace."""
from dataclasses import dataclass, field, fields, asdict, astuple, replace
from typing import List, Optional


@dataclass
class Supplier:
    name: str
    country: str = "NL"


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[Supplier] = None
    notes: str = field(default="", repr=False, compare=False)
    value: float = field(init=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"{self.sku}: negative price")
        self.value = round(self.price * self.qty, 2)


@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        return round(sum(i.value for i in self.items), 2)

    def by_tag(self, tag):
        return [i.sku for i in self.items if tag in i.tags]


acme = Supplier("Acme", "US")
inv = Inventory()
inv.add(Item("A-1", "bolt", 0.25, 400, ["metal", "small"], acme))
inv.add(Item("B-7", "hammer", 12.5, 3, ["tool"]))
inv.add(Item("C-3", "nail", 0.05, 1000, ["metal", "small"], Supplier("Nailco"), notes="bulk"))
for item in inv.items:
    print(item)
print("total:", inv.total(), "small:", inv.by_tag("small"))
print(asdict(inv.items[0]))
print(astuple(inv.items[2]))
print([f.name for f in fields(Item)], [f.name for f in fields(Item) if f.init])
restocked = replace(inv.items[1], qty=10)
print(restocked, restocked.value, inv.items[1].qty)
print(inv.items[0] == replace(inv.items[0], notes="changed"), inv.items[0] == restocked)
a, b = Item("X", "x", 1.0), Item("X", "x", 1.0)
a.tags.append("shared?")
print(a.tags, b.tags, a.tags is b.tags)
try:
    Item("BAD", "broken", -1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    Item("A", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
report = {}
for i in range(500):
    it = Item(f"S{i % 7}", "thing", 1.5, i % 11)
    report[it.sku] = report.get(it.sku, 0) + it.value
print(sorted(report.items()))
print(Item.__match_args__, Supplier.__doc__)
