print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 2]), all([1, 0]))
calls = []


def check(v):
    calls.append(v)
    return v > 2


print(any(check(v) for v in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(v) for v in [3, 4, 1, 5]), calls)
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(x > 10 for x in range(5)))
print(bool(), bool(0), bool(0.0), bool(0j), bool(""), bool([]), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool("0"), bool([0]), bool(range(1)), bool(...), bool(object()))


class Empty:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class BadBool:
    def __bool__(self):
        return 1


print(bool(Empty()), bool(Truthy()), not Empty(), any([Empty(), Truthy()]))
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
print(True + True, True * 10, True / 2, -True, ~True, True & False, True | False, True ^ True)
print(int(True), str(True), repr(False), f"{True}", f"{True:d}", f"{False:>6}")
print(True == 1, False == 0, True is bool(5), {True: "a", 1: "b"}, sorted([True, False, 0, 1]))
print(bool.__mro__, isinstance(False, int), type(True + 1))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or "last", not None, not [1])
values = [3, 0, 7, None, "", "ok"]
print([v for v in values if v], list(filter(bool, values)), next((v for v in values if not v), "none"))
print(all(isinstance(v, int) for v in [1, True, 2]), any(isinstance(v, str) for v in values))
print(all([[]]), any([[]]), all([()]), any([(0,)]))
