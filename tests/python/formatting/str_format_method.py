# str.format: positional, automatic and keyword fields, attribute and index lookups, nested specs, conversions.

print("{} + {} = {}".format(1, 2, 3), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{name}".format(7, name="n"))
point = {"x": 3, "y": 4}
coords = [10, 20, 30]


class User:
    name = "ann"
    roles = ["admin", "dev"]


print("{0[x]},{0[y]}".format(point), "{c[2]} {c[0]}".format(c=coords), "{u.name} has {u.roles[1]}".format(u=User))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{:{width}.{prec}f}".format(3.14159, width=10, prec=3))
print("{:{fill}{align}{w}}".format("mid", fill="*", align="^", w=9), "{0:{1}}".format(42, "+06d"), "{{literal}} {}".format(1))
print("{:,}".format(10**9), "{:>{}}".format("r", 4), "{:%}".format(0.25), "{0:b} {0:o} {0:x} {0:#X}".format(255))
table = [("alpha", 1.5, 3), ("beta", 22.25, 14), ("gamma", 333.125, 159)]
header = "{:<8}|{:>10}|{:^6}".format("name", "value", "n")
print(header)
print("-" * len(header))
for row in table:
    print("{:<8}|{:>10.2f}|{:^6d}".format(*row))
print("{:=^30}".format(" END "))
for fmt, args, kwargs in [("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{a}", (), {}),
                          ("{0[5]}", ([1],), {}), ("{0.missing}", (1,), {}), ("{", (), {}), ("}", (), {}),
                          ("{:d}", ("s",), {}), ("{!x}", (1,), {}), ("{0[}", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("{0[a]}".format({"a": 1}), "{0[0]}".format("xyz"), "{0[-1]}".format({"-1": "str key"}), "{[1]}".format([5, 6]))
print("{!s:^7}".format(None), "{}".format([1, {"a": (2,)}]), "{:.3}".format("abcdef"), "{:.2}".format(3.14159))
values = {"user": "bo", "count": 3}
print("{user} did {count} thing{s}".format(s="s" if values["count"] != 1 else "", **values))
print("{0:>{1}}|{0:<{1}}|{0:^{1}}".format("ab", 6), format("{}", ""), "{}".format("{}"))
print(str.format("{} {}", "via", "class"), "a{0}b{0}c".format("-"), "{:c}{:c}".format(80, 121))
