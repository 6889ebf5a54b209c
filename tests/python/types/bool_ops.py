# bool is an int subclass: arithmetic, reprs, truthiness of everything.

print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, True & 3, False | 4)
print(type(True & False).__name__, type(True & 3).__name__, type(True + 0).__name__)
print(repr(True), str(False), f"{True}", f"{True:d}", f"{False:>6}", "%s %d" % (True, True))
print(bool(), bool(0), bool(0.0), bool(0j), bool(""), bool(()), bool([]), bool({}), bool(set()))
print(bool(1), bool(-0.5), bool("0"), bool((0,)), bool([[]]), bool(range(1)), bool(range(0)))
print(True == 1, False == 0, (True is not False), hash(True), hash(False))
print({True: "a", 1: "b", 1.0: "c"})
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(isinstance(False, int), issubclass(bool, int), bool.__mro__)
print(int(True), float(False), complex(True), str(True).upper())


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on


print(bool(Box([])), bool(Box([1])), bool(Flag(True)))
if not Flag(False):
    print("flag is off")
print([x for x in [Box([]), Box([0]), Flag(True)] if x].__len__())


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

print(True and 3, 0 and 3, "" or "default", None or 0 or [], not None, not 5)
print(bool.__name__, type(bool).__name__, bool("False"))
print(True.real, True.imag, True.numerator, True.bit_length(), (True).conjugate())
print(divmod(True, True), pow(True, 5), round(True), abs(False))
