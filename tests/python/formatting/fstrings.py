# f-strings: expressions, conversions, = debugging, nested format specs, quotes, dates-like padding.
import math

name, count, price = "widget", 3, 4.5
print(f"{name} x{count} = {count * price:.2f}", f"{name!r}", f"{name!s:>10}", f"{name!a}", f"{'é'!a}")
print(f"{count=}", f"{price = }", f"{name=!s}", f"{count * 2 = :>5}", f"{math.pi=:.3f}", f"{name.upper()=}")
width, prec = 12, 3
print(f"[{math.e:{width}.{prec}f}]", f"[{name:{'*'}^{width}}]", f"[{count:{'0'}{width - 6}d}]", f"{math.tau:{'.2f'}}")
items = {"a": 1, "b": 2}
print(f"{items['a']} {items.get('c', 'none')} {len(items)} {[x * 2 for x in items.values()]} {(lambda v: v + 1)(1)}")
print(f"{{braces}} {{{count}}}", f"{'nested' + ' ' + 'quotes'}", f"""{'triple'} "quoted" """, f"{3 if count > 2 else 4}")
print(f"{1e10:,.0f} {0.000123:.2e} {-5:+d} {255:#x} {255:08b} {1/3:.4%} {12345.678:_.1f}")
for i, row in enumerate([("ann", 95.5), ("bob", 7.25), ("christina", 100.0)], 1):
    print(f"{i:>2}. {row[0]:<10}{row[1]:>8.2f} {'*' * int(row[1] // 20):<5}|")
value = 42
print(f"{value:>{width}}", f"{value:<{width},}|", f"{value!r:^{width}}", f"{str(value):*>6}")


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        return f"{self.c:{spec or '.1f'}}°C"

    def __repr__(self):
        return f"Temp({self.c})"


t = Temp(21.456)
print(f"{t}", f"{t:.3f}", f"{t!r}", f"{t=}", f"{[t]}")
nested = {"outer": {"inner": [1, 2, 3]}}
print(f"{nested['outer']['inner'][-1]}", f"{ {'k': 1}['k'] }", f"{(1, 2)}", f"{ {1, 2} == {2, 1} }")
x = 10
print(f"{x:{'>' if x > 5 else '<'}6}|", f"{'yes' if x else 'no':^7}|", f"{x!r:>{x // 2}}|")
print(f"{'multi'}" f"{'part'}" "plain" f"{x}", f"{x}\t{x}\\n", rf"{x}\n", f"{'tab':\t>6}" if False else "skip")
fmt = ".3f"
print(f"{math.sqrt(2):{fmt}}", f"{[f'{n:02d}' for n in range(3)]}", f"{f'{x:>4}':*<8}")
print(f"{None}", f"{True:d}", f"{b'bytes'}", f"{1+2j}", f"{-0.0}", f"{1e100}", f"{10**20}")
try:
    f"{x:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError:", e)
