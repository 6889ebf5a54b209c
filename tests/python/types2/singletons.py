# None, Ellipsis and NotImplemented: identity, reprs, truthiness, types, and common idioms.

print(None, repr(None), str(None), type(None).__name__, type(None)() is None, None is None, None == None)
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, type(Ellipsis)() is Ellipsis)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(bool(None), bool(...), not None, None or "fallback", None and "never", [None] * 3, {None: 1}[None])


def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i


print(find([1, 2], 2), find([1, 2], 9), find([], 1) is None)


def stub():
    ...


class Interface:
    def method(self):
        ...


print(stub(), Interface().method(), stub.__code__.co_consts[:1] if False else "stub")
print(sorted([3, 1], key=lambda v: v), [x for x in (None, 0, "", [], "v") if x is not None])
nothing = None
for bad in (lambda: None < 1, lambda: None + 1, lambda: len(None), lambda: nothing[0], lambda: nothing(), lambda: None.attr):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
arr = [[1, 2], [3, 4]]


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[...], g[..., 0], g[1:2, ...], g[None])
print(id(None) == id(None), hash(None) == hash(None), None.__class__ is type(None), isinstance(None, object))
print(str(None).upper(), f"{None!r:>6}|", "%s" % None, "{}".format(...), format(None, ""))
defaults = {"a": None}
print(defaults.get("a", "default"), defaults.get("b", "default"), "a" in defaults, defaults.get("a") is None)
