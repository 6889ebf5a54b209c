"""An invoice computed with Decimal: line totals, discounts, tax and rounding to cents."""
from decimal import Decimal, ROUND_HALF_UP, localcontext

CENT = Decimal("0.01")


class Line:
    def __init__(self, description, quantity, unit_price, discount="0"):
        self.description = description
        self.quantity = Decimal(quantity)
        self.unit_price = Decimal(unit_price)
        self.discount = Decimal(discount)

    @property
    def gross(self):
        return self.quantity * self.unit_price

    @property
    def net(self):
        return (self.gross * (1 - self.discount / 100)).quantize(CENT, ROUND_HALF_UP)


def money(amount):
    return f"{amount:>12,.2f}"


lines = [
    Line("Widget, large", "3", "19.99"),
    Line("Gadget", "12", "4.25", discount="7.5"),
    Line("Consulting (hours)", "2.5", "120.00", discount="10"),
    Line("Shipping", "1", "8.35"),
    Line("Cable 0.5m", "7", "1.333"),
]

print(f"{'Item':<22}{'Qty':>6}{'Unit':>10}{'Disc%':>7}{'Net':>12}")
for line in lines:
    print(f"{line.description:<22}{line.quantity:>6}{line.unit_price:>10}{line.discount:>7}{money(line.net)}")

subtotal = sum((line.net for line in lines), Decimal(0))
tax_rate = Decimal("0.0825")
tax = (subtotal * tax_rate).quantize(CENT, ROUND_HALF_UP)
total = subtotal + tax
print("-" * 57)
print(f"{'Subtotal':<45}{money(subtotal)}")
print(f"{'Tax @ ' + str(tax_rate * 100) + '%':<45}{money(tax)}")
print(f"{'Total':<45}{money(total)}")

# Split the bill three ways: the remainder cent goes to the first payer.
share = (total / 3).quantize(CENT, rounding="ROUND_DOWN")
shares = [share] * 3
shares[0] += total - sum(shares)
print("shares:", [str(s) for s in shares], sum(shares) == total)

# Floats would drift; Decimal stays exact.
print(sum([0.1] * 10), sum([Decimal("0.1")] * 10))
print(Decimal("1.10") + Decimal("2.20"), Decimal("3.30") - Decimal("1.1"))

# Compound interest, 12 monthly periods, at higher precision then rounded to cents.
with localcontext() as ctx:
    ctx.prec = 40
    balance = Decimal("2500.00")
    monthly = Decimal("0.045") / 12
    for month in range(1, 13):
        interest = balance * monthly
        balance += interest
        if month % 3 == 0:
            print(f"month {month:2}: {balance.quantize(CENT, ROUND_HALF_UP)}")
print("final:", balance.quantize(CENT, ROUND_HALF_UP), repr(balance.quantize(Decimal("1.0000"))))

# Currency conversion and percentage formatting.
rates = {"EUR": Decimal("0.9213"), "GBP": Decimal("0.7871"), "JPY": Decimal("149.52")}
for code, rate in rates.items():
    converted = (total * rate).quantize(Decimal("1") if code == "JPY" else CENT, ROUND_HALF_UP)
    print(f"{code}: {converted:>12}  ({rate:.2%} of USD)" if code != "JPY" else f"{code}: {converted:>12}")
print(f"{Decimal('-1234567.891'):,.2f} {Decimal('0.5'):.0%} {Decimal('1E+3'):.1f} {Decimal('-0.004'):.2f}")
