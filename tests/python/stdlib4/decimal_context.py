import decimal as d
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP, getcontext, localcontext
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, repr(e))
print(repr(getcontext()))
print(repr(D("1.23E+5")), D("1e-7"), D("123E2"), D("-0"), D("0E-10"), D("0.000001"), D("1E+3").to_eng_string(), D("nan"), D("-sNaN12"), D("-inf"), D(" 12_345.6 "))
print(D("0.1") + D("0.2"), D("1.30") + D("1.20"), D("1.3") * D("1.2"), D(1) / D(7), D(10) / D(4), D(100) / D(10), D("1.00") / D("0.1"), D(-7) // D(2), D(-7) % D(2), divmod(D(7), D("-2")))
print(D("19.99") * 3, sum([D("0.10")] * 10), D("1234.5678").quantize(D("0.01")), D("2.675").quantize(D("0.01"), ROUND_HALF_UP), D("2.665").quantize(D("0.01")), D("-2.5").quantize(D("1"), ROUND_HALF_DOWN))
for r in (ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP, d.ROUND_HALF_EVEN):
    print(r, [str(D(x).quantize(D("1"), rounding=r)) for x in ("2.5", "3.5", "-2.5", "2.51", "-2.49", "0.5", "10.1")])
print(D(0.1), D(2.5), D(-0.0), D.from_float(1e20), D(10**30), D((0, (1, 2, 3), -2)), D((1, (4, 5), 3)))
print(D(1).as_tuple(), D("inf").as_tuple(), D("nan").as_tuple(), D("-1.50").as_tuple(), D("1.25").as_integer_ratio())
print(hash(D("0.5")) == hash(0.5), hash(D("1.1")), hash(D(-7)), hash(D("1E+30")), hash(D(5)) == hash(5), hash(D("2.50")) == hash(D("2.5")))
x = D("1234.5678")
print(f"{x:,.2f}", format(D("0.0001234"), ".2e"), format(D("123.456"), "g"), format(D("1.5"), ">10"), format(D("0.25"), "%"), format(D("1E+5"), "f"), format(D("12345.6"), ".3"), f"{D('-3.14159'):+.3f}", f"{D('42'):08.2f}", f"{D('0.5'):.0f}", f"{D('1.5'):.0f}", f"{D('1e-10'):f}", f"{D('123.456'):e}", f"{D('1234567.891'):,.1f}", f"{D('7'):^9}|")
print(D(1)/D(7), D(2).sqrt(), D(1).exp(), D(10).ln(), D(2).log10(), D(2)**D("0.5"), D(16).sqrt(), D("0.04").sqrt(), D(100).log10(), D("0.001").log10(), D(-1).exp(), D(3)**-2, D("1.1")**3, D(2)**100)
print(D(5).exp(), D("0.5").ln(), D(123456).ln(), D("1.000001").ln(), D(4) ** D("0.5"), D(2) ** D("1.5"), D(-2) ** 3)
print(round(D("2.5")), round(D("3.5")), round(D("2.675"), 2), int(D("-7.9")), float(D("0.1")), D("7.9").__floor__(), D("-7.1").__ceil__(), D("3.14159").to_integral_value(), D("2.5").to_integral_exact())
print(D("1.0") == 1, D("0.1") == 0.1, D(0.1) == 0.1, D("1.5") < 2, D(2) > 1.5, D("0.5") == __import__("fractions").Fraction(1, 2), D("0.3") < __import__("fractions").Fraction(1, 3), max(D("1.10"), D("1.1")), sorted([D("3"), D("1.5"), D(-2)]))
print(D("1.2300").normalize(), D("0.00").normalize(), D("120").normalize(), D("-1.5").copy_abs(), D("1.5").copy_negate(), D(1).copy_sign(D(-2)), D("1.23").adjusted(), D("123E5").adjusted(), D("1.5").compare(D(2)), D("0").is_zero(), D("nan").is_nan())
t(lambda: D("abc"))
t(lambda: D(1) / 0)
t(lambda: D(0) / 0)
t(lambda: D(1) + 1.5)
t(lambda: 1.5 * D(1))
t(lambda: D("1.234").quantize(D("1E-30")))
t(lambda: D("nan") < 1)
t(lambda: D(-1).sqrt())
t(lambda: int(D("nan")))
t(lambda: int(D("inf")))
t(lambda: D(1, 2))
t(lambda: D([1, 2]))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D("123456789") + 0, +D("123456789"), D(2).sqrt())
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
with localcontext(prec=50):
    print(D(1) / D(7), D(2).sqrt(), D(1).exp(), D(2).ln())
ctx = d.Context(prec=6, traps=[])
print(ctx.divide(D(1), D(0)), ctx.add(D("1.234567"), D(1)), ctx.sqrt(D(2)), ctx.flags[d.DivisionByZero], ctx.flags[d.Inexact], repr(ctx))
getcontext().clear_flags()
print(D(1) / D(3), getcontext().flags[d.Inexact], getcontext().flags[d.Rounded])
getcontext().traps[d.Inexact] = True
t(lambda: D(1) / D(3))
print(D(1) / D(4))
getcontext().traps[d.Inexact] = False
print(d.ExtendedContext, d.BasicContext.prec)
print(d.Context(prec=3).create_decimal("3.14159"), D(-0.0) + 0, D("-0") + D("-0"), -D(0), D("5E-3") + D("5E+3"), D("1E+2") * D("1E-2"))
