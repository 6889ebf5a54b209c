"""An inventory report with dataclasses, grouping and f-string formatting."""
from dataclasses import dataclass, field, asdict, replace
from collections import defaultdict
from typing import List


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.price * self.qty

    def low_stock(self, threshold=5):
        return self.qty < threshold


@dataclass
class Warehouse:
    name: str
    items: List[Item] = field(default_factory=list)

    def add(self, *items):
        self.items.extend(items)

    def by_category(self):
        groups = defaultdict(list)
        for it in self.items:
            groups[it.category].append(it)
        return dict(sorted(groups.items()))


wh = Warehouse("Main")
wh.add(Item("B-200", "Bolt M6", "hardware", 0.15, 1200, ["metal"]),
       Item("A-100", "Hammer", "tools", 12.5, 14),
       Item("C-310", "Glue", "supplies", 3.99, 3, ["liquid"]),
       Item("A-101", "Screwdriver set", "tools", 24.0, 2),
       Item("B-201", "Nut M6", "hardware", 0.05, 3000),
       Item("C-300", "Tape", "supplies", 1.75, 0))
print(wh.items[0])
print(sorted(wh.items)[0].sku, max(wh.items).sku, Item("X", "a", "b", 1.0) == Item("X", "c", "d", 2.0))
header = f"{'SKU':<6} {'Name':<16} {'Qty':>5} {'Price':>8} {'Value':>10}"
print(header)
print("-" * len(header))
grand = 0.0
for cat, items in wh.by_category().items():
    print(f"[{cat.upper()}]")
    subtotal = 0.0
    for it in sorted(items):
        flag = " LOW" if it.low_stock() else ""
        print(f"{it.sku:<6} {it.name:<16} {it.qty:>5,} {it.price:>8.2f} {it.value:>10,.2f}{flag}")
        subtotal += it.value
    print(f"{'subtotal':>38} {subtotal:>10,.2f}")
    grand += subtotal
print(f"{'TOTAL':>38} {grand:>10,.2f}")
print(f"{'items':<10}|{len(wh.items):^7}|{sum(i.qty for i in wh.items):>10_}")
restocked = replace(wh.items[5], qty=50)
print(restocked, wh.items[5].qty)
print(asdict(wh.items[2]))
low = [i.name for i in wh.items if i.low_stock()]
print(f"Low stock ({len(low)}): {', '.join(low)}")
share = {i.sku: f"{i.value / grand:.1%}" for i in wh.items}
print(share)
print(f"{grand=:.3f}", f"{len(wh.items)=}", f"{'done'!r:>8}")
